package org.mentorship.evaluation.service;

import java.util.regex.Pattern;

/**
 * One text cell of a CSV file this service writes: nothing a spreadsheet runs as a formula, nothing that starts a row
 * of its own. The same logic as stipend-service's CsvCell, copied rather than shared because platform has no CSV
 * helper yet and services never import each other; it belongs in platform once a third file needs it.
 */
public final class CsvCell {

    /**
     * RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula. Line breaks become spaces
     * first: a break inside a cell would start a new row for a reader that splits lines, a row whose first cell is
     * then unguarded.
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
