package dev.hourglass.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A readable report: sections of label/value rows, values right-aligned, or plain column tables. The no-break
 * spaces the figure formatter puts between a number and its unit are written as plain spaces, so a script can
 * match "12 months".
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable section(String title) {
        rows.add(new String[] {title});
        return this;
    }

    TextTable row(String label, String value) {
        rows.add(new String[] {"  " + plain(label), plain(value)});
        return this;
    }

    void print(PrintWriter out) {
        int labelWidth = 0;
        int valueWidth = 0;
        for (String[] row : rows) {
            if (row.length == 2) {
                labelWidth = Math.max(labelWidth, row[0].length());
                valueWidth = Math.max(valueWidth, row[1].length());
            }
        }
        boolean first = true;
        for (String[] row : rows) {
            if (row.length == 1) {
                if (!first) {
                    out.println();
                }
                out.println(row[0]);
            } else {
                out.println(pad(row[0], labelWidth) + "  " + " ".repeat(valueWidth - row[1].length()) + row[1]);
            }
            first = false;
        }
        out.flush();
    }

    /** Rows of columns, the first row being the header; numbers (every column but the first) right-aligned. */
    static void printColumns(PrintWriter out, List<List<String>> table) {
        int columns = table.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : table) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], plain(row.get(c)).length());
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = plain(row.get(c));
                line.append(c == 0 ? pad(cell, width[c]) : " ".repeat(width[c] - cell.length()) + cell);
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
