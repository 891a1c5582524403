package org.mentorship.launcher;

import java.util.ArrayList;
import java.util.List;

/** Formats {@code status} as an aligned plain-text table (no colours: it is read in CI logs too). */
final class StatusTable {

    private StatusTable() {}

    static String format(List<ComponentStatus> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"COMPONENT", "PID", "PORT", "STATE", "NOTE"});
        for (ComponentStatus row : rows) {
            cells.add(new String[] {
                row.component(),
                row.pid().isPresent() ? Long.toString(row.pid().getAsLong()) : "-",
                Integer.toString(row.port()),
                row.state().toString(),
                row.note()
            });
        }
        int[] widths = new int[5];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] line : cells) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                row.append(String.format("%-" + widths[i] + "s", line[i]));
                if (i < line.length - 1) {
                    row.append("  ");
                }
            }
            text.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
