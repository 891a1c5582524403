package org.mentorship.stipend.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CSV export's cells: nothing a spreadsheet runs as a formula, nothing that starts a row of its own. */
class CsvCellTest {

    @Test
    void textAFormulaWouldStartWithIsQuotedAsText() {
        assertThat(ExportService.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ExportService.cell("+1")).isEqualTo("'+1");
        assertThat(ExportService.cell("-1")).isEqualTo("'-1");
        assertThat(ExportService.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ExportService.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void aLineBreakInsideACellNeverStartsARow() {
        for (String holder : new String[] {"Ana\n=HYPERLINK(\"http://x\")", "Ana\r\n\r\n=1+1", "Ana\u2028=1", "\n=1"}) {
            String cell = ExportService.cell(holder);
            assertThat(cell).as(holder).doesNotContain("\n", "\r", "\u2028");
            assertThat(cell.replaceFirst("^\"", "")).as(holder).doesNotStartWith("=");
        }
        assertThat(ExportService.cell("\n=1")).isEqualTo("' =1");
    }

    @Test
    void plainTextStaysAsItIs() {
        assertThat(ExportService.cell("Ana Lima")).isEqualTo("Ana Lima");
        assertThat(ExportService.cell("Lima, Ana")).isEqualTo("\"Lima, Ana\"");
        assertThat(ExportService.cell(null)).isEmpty();
    }
}
