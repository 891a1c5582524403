package org.mentorship.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV text cell: nothing a spreadsheet runs as a formula, nothing that starts a row of its own. */
class CsvCellTest {

    @Test
    void textAFormulaWouldStartWithIsKeptAsText() {
        assertThat(CsvCell.text("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCell.text("  @SUM(A1)")).isEqualTo("'  @SUM(A1)");
        assertThat(CsvCell.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCell.text("-1")).isEqualTo("'-1");
    }

    @Test
    void aLineBreakInsideACellNeverStartsARow() {
        assertThat(CsvCell.text("x\n=cmd")).isEqualTo("x =cmd");
        assertThat(CsvCell.text("a\r\n\u2028b")).isEqualTo("a b");
    }

    @Test
    void commasAndQuotesAreQuotedTheRfc4180Way() {
        assertThat(CsvCell.text("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(CsvCell.text(null)).isEmpty();
        assertThat(CsvCell.text("plain")).isEqualTo("plain");
    }
}
