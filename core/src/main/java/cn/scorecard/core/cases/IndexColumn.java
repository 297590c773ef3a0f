package cn.scorecard.core.cases;

import java.util.Arrays;

/**
 * A column of small indexes (staff, -1 for none) in two bytes a row while every index is below 65,535, in four once
 * one is not. Grows while a builder adds rows; {@link #permuted} gives the table's column.
 */
final class IndexColumn {
    private static final char NONE = 0xFFFF;
    private char[] small;
    private int[] large;

    private IndexColumn(char[] small, int[] large) {
        this.small = small;
        this.large = large;
    }

    static IndexColumn withCapacity(int capacity) {
        return new IndexColumn(new char[capacity], null);
    }

    static IndexColumn of(int[] values) {
        IndexColumn c = withCapacity(values.length);
        for (int i = 0; i < values.length; i++) c.set(i, values[i]);
        return c.trimmed(values.length);
    }

    int get(int row) {
        if (large != null) return large[row];
        char v = small[row];
        return v == NONE ? -1 : v;
    }

    void set(int row, int value) {
        if (large == null && (value < -1 || value >= NONE)) {
            large = new int[small.length];
            for (int i = 0; i < small.length; i++) large[i] = small[i] == NONE ? -1 : small[i];
            small = null;
        }
        if (large != null) large[row] = value;
        else small[row] = value == -1 ? NONE : (char) value;
    }

    int capacity() {
        return large != null ? large.length : small.length;
    }

    void grow(int capacity) {
        if (large != null) large = Arrays.copyOf(large, capacity);
        else small = Arrays.copyOf(small, capacity);
    }

    private IndexColumn trimmed(int size) {
        if (capacity() != size) grow(size);
        return this;
    }

    /** The column in table order: {@code out[i] = this[order[i]]}. */
    IndexColumn permuted(int[] order) {
        if (large != null) {
            int[] out = new int[order.length];
            for (int i = 0; i < order.length; i++) out[i] = large[order[i]];
            return new IndexColumn(null, out);
        }
        char[] out = new char[order.length];
        for (int i = 0; i < order.length; i++) out[i] = small[order[i]];
        return new IndexColumn(out, null);
    }

    int[] toInts(int size) {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[i] = get(i);
        return out;
    }
}
