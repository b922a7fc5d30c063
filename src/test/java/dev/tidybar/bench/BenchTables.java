package dev.tidybar.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the benchmark prints: markdown tables padded to their widest cell, times, ratios and call counts. */
final class BenchTables {

    private BenchTables() {
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "-";
        }
        return millis < 100 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%,.0f", millis);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.1fx", ratio);
    }

    /** "2" when every call is to a different endpoint; else the total and each endpoint's count. */
    static String calls(Map<String, Integer> byEndpoint) {
        int total = byEndpoint.values().stream().mapToInt(Integer::intValue).sum();
        if (byEndpoint.values().stream().allMatch(count -> count == 1)) {
            return total + " (" + String.join(" + ", byEndpoint.keySet()) + ")";
        }
        StringBuilder parts = new StringBuilder();
        byEndpoint.forEach((endpoint, count) -> parts.append(parts.length() == 0 ? "" : " + ").append(count)
                .append(' ').append(endpoint));
        return total + " (" + parts + ")";
    }

    /** A markdown table, every column padded to its widest cell. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void add(String... cells) {
            rows.add(cells);
        }

        void print() {
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                System.out.println(line(rows.get(r), widths, r > 0));
                if (r == 0) {
                    String[] rule = new String[widths.length];
                    for (int i = 0; i < widths.length; i++) {
                        rule[i] = "-".repeat(widths[i]);
                    }
                    System.out.println(line(rule, widths, false));
                }
            }
        }

        /** Numbers right-aligned, text left-aligned. */
        private static String line(String[] cells, int[] widths, boolean alignNumbers) {
            StringBuilder line = new StringBuilder("|");
            for (int i = 0; i < cells.length; i++) {
                boolean right = alignNumbers && !cells[i].contains("(") && !cells[i].isEmpty()
                        && (Character.isDigit(cells[i].charAt(0)) || cells[i].equals("-"));
                String format = right ? "%" + widths[i] + "s" : "%-" + widths[i] + "s";
                line.append(' ').append(String.format(Locale.ROOT, format, cells[i])).append(" |");
            }
            return line.toString();
        }
    }

}
