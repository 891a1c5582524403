package org.mentorship.platform.csv;

import java.util.regex.Pattern;

/**
 * One text cell of a CSV file a service writes (stipend's payout file and payments list, evaluation's mentorships):
 * nothing a spreadsheet runs as a formula, nothing that starts a row of its own. One place, so every file is defended
 * the same way.
 */
public final class CsvCell {

    /**
     * RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. Line breaks become spaces
     * first: a break inside a cell would start a new row for a reader that splits lines, a row whose first cell is
     * then unguarded (an account holder "x\n=HYPERLINK(...)").
     */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(value).replaceAll(" ");
        String safe = FORMULA_START.matcher(oneLine).lookingAt() ? "'" + oneLine : oneLine;
        return NEEDS_QUOTES.matcher(safe).find() ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u000B\\u000C\\u0085\\u2028\\u2029]+");
    /** Spaces before the sign do not stop every spreadsheet from reading a formula. */
    private static final Pattern FORMULA_START = Pattern.compile("\\s*[=+\\-@]|\\t");

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"]");

    private CsvCell() {}
}
