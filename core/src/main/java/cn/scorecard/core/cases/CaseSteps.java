package cn.scorecard.core.cases;

/**
 * The first occurrence of every step of every case, packed by row: a bit per step type says which steps a case
 * has, and its minutes follow one another in one array, ascending by step type. Row {@code r}'s minutes begin at
 * {@code blockStart[r / 8] + rel[r]} (a byte: eight rows have at most 7 × 32 minutes before the last one), so a
 * step is found with one bit test and a population count. A case pays 5.5 bytes plus 4 a step it has, instead of 4
 * for each of the 32 step types.
 */
final class CaseSteps {
    static final int BLOCK_BITS = 3;

    static {
        if (StepType.values().length > 32) throw new IllegalStateException("more than 32 step types: widen CaseSteps");
    }

    private final int[] mask;
    private final int[] blockStart;
    private final byte[] rel;
    private final int[] minutes;
    /** Step types that at least one case has. */
    private final int present;

    CaseSteps(int[] mask, int[] blockStart, byte[] rel, int[] minutes) {
        this.mask = mask;
        this.blockStart = blockStart;
        this.rel = rel;
        this.minutes = minutes;
        int any = 0;
        for (int m : mask) any |= m;
        this.present = any;
    }

    /** Minute of the row's step, or {@link Times#NONE}. */
    int get(int row, int type) {
        int m = mask[row];
        if ((m & (1 << type)) == 0) return Times.NONE;
        return minutes[blockStart[row >>> BLOCK_BITS] + (rel[row] & 0xFF) + Integer.bitCount(m & ((1 << type) - 1))];
    }

    /** A dense column of one step type (a new array), or null when no case has it. */
    int[] column(int type) {
        if ((present & (1 << type)) == 0) return null;
        int[] out = new int[mask.length];
        for (int r = 0; r < out.length; r++) out[r] = get(r, type);
        return out;
    }

    // For the builder and the snapshot.
    static int blocks(int rows) {
        return (rows >>> BLOCK_BITS) + 1;
    }

    int[] mask() {
        return mask;
    }

    int[] blockStart() {
        return blockStart;
    }

    byte[] rel() {
        return rel;
    }

    int[] minutes() {
        return minutes;
    }
}
