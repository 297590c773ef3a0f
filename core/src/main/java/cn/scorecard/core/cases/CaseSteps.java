package cn.scorecard.core.cases;

import java.util.Arrays;

/**
 * The first occurrence of every step of every case, packed by row (compressed sparse rows): the steps of row
 * {@code r} are the entries {@code [start[r], start[r + 1])}, ascending by step type, each one int holding the step
 * type (top 6 bits) and the minute as an offset from the start of the case's filing day (26 bits, about ±63 years).
 * A case pays 4 bytes plus 4 a step it has, instead of 4 for each of the 32 step types. A minute too far from the
 * filing day is kept aside, sparse.
 */
final class CaseSteps {
    static final int TYPE_SHIFT = 26;
    private static final int OFFSET_MASK = (1 << TYPE_SHIFT) - 1;
    /** The offset marking a minute kept aside. */
    private static final int FAR = -(1 << (TYPE_SHIFT - 1));
    private static final int MAX_OFFSET = (1 << (TYPE_SHIFT - 1)) - 1;

    private final int[] start;
    private final int[] entries;
    /** Filing days of the rows (shared with the table): the base of the offsets. */
    private final int[] filed;
    /** Minutes kept aside: keys {@code row << 6 | type}, ascending, and their minutes. */
    private final long[] farKeys;
    private final int[] farMinutes;
    /** Step types that at least one case has. */
    private final boolean[] present;

    CaseSteps(int[] start, int[] entries, int[] filed, long[] farKeys, int[] farMinutes) {
        this.start = start;
        this.entries = entries;
        this.filed = filed;
        this.farKeys = farKeys;
        this.farMinutes = farMinutes;
        this.present = new boolean[StepType.values().length];
        for (int e : entries) present[e >>> TYPE_SHIFT] = true;
    }

    /** Minute of the row's step, or {@link Times#NONE}. */
    int get(int row, int type) {
        for (int i = start[row], end = start[row + 1]; i < end; i++) {
            int e = entries[i];
            int t = e >>> TYPE_SHIFT;
            if (t == type) return minute(row, type, e);
            if (t > type) break;
        }
        return Times.NONE;
    }

    boolean present(int type) {
        return present[type];
    }

    /** A dense column of one step type (a new array), or null when no case has it. */
    int[] column(int type) {
        if (!present[type]) return null;
        int[] out = new int[start.length - 1];
        Arrays.fill(out, Times.NONE);
        for (int r = 0; r < out.length; r++) {
            for (int i = start[r], end = start[r + 1]; i < end; i++) {
                int e = entries[i];
                int t = e >>> TYPE_SHIFT;
                if (t == type) out[r] = minute(r, type, e);
                if (t >= type) break;
            }
        }
        return out;
    }

    private int minute(int row, int type, int e) {
        int offset = (e << (32 - TYPE_SHIFT)) >> (32 - TYPE_SHIFT);
        if (offset == FAR) return farMinutes[Arrays.binarySearch(farKeys, farKey(row, type))];
        return base(filed[row]) + offset;
    }

    static int base(int filedDay) {
        return filedDay == Times.NONE ? 0 : filedDay * Times.MINUTES_PER_DAY;
    }

    static long farKey(int row, int type) {
        return ((long) row << 6) | type;
    }

    /** Whether a minute of a case filed on a day fits an entry (else it is kept aside). */
    static boolean near(int minute, int filedDay) {
        long offset = (long) minute - base(filedDay);
        return offset > FAR && offset <= MAX_OFFSET;
    }

    /** The entry of a step at a minute {@link #near} the filing day. */
    static int entry(int type, int minute, int filedDay) {
        return (type << TYPE_SHIFT) | ((minute - base(filedDay)) & OFFSET_MASK);
    }

    static int farEntry(int type) {
        return (type << TYPE_SHIFT) | (FAR & OFFSET_MASK);
    }

    // For the snapshot.
    int[] start() {
        return start;
    }

    int[] entries() {
        return entries;
    }

    long[] farKeys() {
        return farKeys;
    }

    int[] farMinutes() {
        return farMinutes;
    }
}
