package cn.scorecard.core.cases;

import java.util.Arrays;

/**
 * The occurrences of {@link StepType#repeatable() repeatable} steps after the first one, sparse: only cases that
 * have such a second occurrence take room. Per step type, the rows that have one (ascending), where each row's
 * minutes start, and the minutes (ascending within a row). The first occurrence stays in the step column, so
 * the common case — one occurrence — costs nothing here.
 */
final class StepRepeats {
    private static final int[] NO_MINUTES = new int[0];

    private final int[][] rows;
    private final int[][] starts;
    private final int[][] minutes;

    private StepRepeats(int[][] rows, int[][] starts, int[][] minutes) {
        this.rows = rows;
        this.starts = starts;
        this.minutes = minutes;
    }

    /**
     * From the builder's later occurrences ({@code count} entries of builder row, step ordinal and minute), with
     * rows mapped through {@code newRow}; equal minutes of one step and case are kept once.
     */
    static StepRepeats build(int count, int[] builderRow, byte[] step, int[] minute, int[] newRow) {
        int types = StepType.values().length;
        int[][] rows = new int[types][];
        int[][] starts = new int[types][];
        int[][] minutes = new int[types][];
        int[] perType = new int[types];
        for (int i = 0; i < count; i++) perType[step[i]]++;
        for (int s = 0; s < types; s++) {
            if (perType[s] == 0) continue;
            long[] keys = new long[perType[s]];
            int k = 0;
            for (int i = 0; i < count; i++) {
                if (step[i] == s) keys[k++] = key(newRow[builderRow[i]], minute[i]);
            }
            Arrays.sort(keys);
            fill(keys, s, rows, starts, minutes);
        }
        return new StepRepeats(rows, starts, minutes);
    }

    private static void fill(long[] keys, int s, int[][] rows, int[][] starts, int[][] minutes) {
        int[] r = new int[keys.length];
        int[] st = new int[keys.length + 1];
        int[] m = new int[keys.length];
        int distinctRows = 0;
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i > 0 && keys[i] == keys[i - 1]) continue;
            int row = (int) (keys[i] >>> 32);
            if (distinctRows == 0 || r[distinctRows - 1] != row) {
                r[distinctRows] = row;
                st[distinctRows++] = n;
            }
            m[n++] = minuteOf(keys[i]);
        }
        st[distinctRows] = n;
        rows[s] = Arrays.copyOf(r, distinctRows);
        starts[s] = Arrays.copyOf(st, distinctRows + 1);
        minutes[s] = Arrays.copyOf(m, n);
    }

    // Sorting by row, then minute: the minute's sign bit is flipped so that the unsigned low half orders like an int.
    private static long key(int row, int minute) {
        return ((long) row << 32) | ((minute ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL);
    }

    private static int minuteOf(long key) {
        return (int) key ^ Integer.MIN_VALUE;
    }

    /** For the snapshot: per step type rows, starts and minutes (null where a type has none). */
    int[][][] parts() {
        return new int[][][] {rows, starts, minutes};
    }

    static StepRepeats of(int[][] rows, int[][] starts, int[][] minutes) {
        return new StepRepeats(rows, starts, minutes);
    }

    /** The earliest later occurrence at or after {@code fromMinute}, or {@link Times#NONE}. */
    int atOrAfter(int step, int row, int fromMinute) {
        int i = indexOf(step, row);
        if (i < 0) return Times.NONE;
        int[] m = minutes[step];
        for (int j = starts[step][i], end = starts[step][i + 1]; j < end; j++) {
            if (m[j] >= fromMinute) return m[j];
        }
        return Times.NONE;
    }

    /** The later occurrences of a step in a row, ascending (a copy; empty when there are none). */
    int[] of(int step, int row) {
        int i = indexOf(step, row);
        return i < 0 ? NO_MINUTES : Arrays.copyOfRange(minutes[step], starts[step][i], starts[step][i + 1]);
    }

    private int indexOf(int step, int row) {
        int[] r = rows[step];
        return r == null ? -1 : Arrays.binarySearch(r, row);
    }
}
