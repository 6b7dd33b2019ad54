package dev.hourglass.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs small non-negative integer columns into as few 63-bit values as the read query can compute, and unpacks
 * them. Reading a million rows through JDBC costs a native call per column and row: a deal's eleven small columns
 * come back in two values instead of eleven.
 */
final class PackedColumns {
    private static final int BITS_PER_VALUE = 63;

    /** An SQL expression giving a value in [0, 2^bits). */
    record Field(String sql, int bits) {
        Field {
            if (bits < 1 || bits > 32) {
                throw new IllegalArgumentException("a packed field has 1 to 32 bits, got " + bits);
            }
        }
    }

    private final int[] valueOf;
    private final int[] shiftOf;
    private final long[] maskOf;
    private final List<String> expressions = new ArrayList<>();

    /** Places each field, in order, in the first value with room for it. */
    PackedColumns(List<Field> fields) {
        valueOf = new int[fields.size()];
        shiftOf = new int[fields.size()];
        maskOf = new long[fields.size()];
        List<Integer> used = new ArrayList<>();
        List<StringBuilder> sql = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            int value = 0;
            while (value < used.size() && used.get(value) + field.bits() > BITS_PER_VALUE) {
                value++;
            }
            if (value == used.size()) {
                used.add(0);
                sql.add(new StringBuilder());
            }
            valueOf[f] = value;
            shiftOf[f] = used.get(value);
            maskOf[f] = (1L << field.bits()) - 1;
            StringBuilder expression = sql.get(value);
            expression.append(expression.isEmpty() ? "" : " | ").append("((").append(field.sql()).append(") << ")
                    .append(shiftOf[f]).append(')');
            used.set(value, used.get(value) + field.bits());
        }
        sql.forEach(expression -> expressions.add("(" + expression + ")"));
    }

    /** Bits needed for codes 0 … count - 1. */
    static int bitsFor(int count) {
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(0, count - 1)));
    }

    /** The select-list expressions, comma separated. */
    String selectList() {
        return String.join(", ", expressions);
    }

    int valueCount() {
        return expressions.size();
    }

    /** Reads the packed values of the current row, starting at a column. */
    void read(ResultSet row, int firstColumn, long[] into) throws SQLException {
        for (int v = 0; v < into.length; v++) {
            into[v] = row.getLong(firstColumn + v);
        }
    }

    long field(long[] values, int field) {
        return (values[valueOf[field]] >>> shiftOf[field]) & maskOf[field];
    }

    int intField(long[] values, int field) {
        return (int) field(values, field);
    }
}
