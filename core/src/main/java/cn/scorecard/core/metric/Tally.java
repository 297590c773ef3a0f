package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import java.util.BitSet;

/**
 * Accumulates a numerator and a denominator over one court's records, remembering which records were
 * counted in each. Bits live in plain long arrays sized up front (this is the innermost loop of every
 * metric over a million cases), and become {@link BitSet}s only for the result.
 */
final class Tally {
    private final RecordKind kind;
    private final int offset;
    private long[] num;
    private long[] den;
    private int numCount;
    private int denCount;

    Tally(RecordKind kind, int offset) {
        this(kind, offset, 64);
    }

    /** With the number of records that may be counted, so the bit arrays rarely grow while counting. */
    Tally(RecordKind kind, int offset, int capacity) {
        this.kind = kind;
        this.offset = offset;
        int words = Math.max(1, (capacity + 63) >>> 6);
        this.num = new long[words];
        this.den = new long[words];
    }

    /** A tally over one court's cases. */
    static Tally cases(CaseTable t, int court) {
        return new Tally(RecordKind.CASE, t.courtStart(court), t.courtEnd(court) - t.courtStart(court));
    }

    void count(int index, boolean inNumerator) {
        countWhere(index, true, inNumerator);
    }

    /**
     * Counts the record in the denominator when {@code counted}, and in the numerator when both hold.
     * Branch-free: which cases count is close to random, and mispredicted branches cost more than the work.
     */
    void countWhere(int index, boolean counted, boolean inNumerator) {
        int i = index - offset;
        int w = i >>> 6;
        if (w >= den.length) grow(w);
        int c = counted ? 1 : 0;
        int n = inNumerator ? c : 0;
        long bit = 1L << i;
        den[w] |= bit & -c;
        num[w] |= bit & -n;
        denCount += c;
        numCount += n;
    }

    private void grow(int word) {
        int size = Math.max(word + 1, den.length * 2);
        den = java.util.Arrays.copyOf(den, size);
        num = java.util.Arrays.copyOf(num, size);
    }

    int numerator() {
        return numCount;
    }

    int denominator() {
        return denCount;
    }

    RecordSet numeratorSet() {
        return new RecordSet(kind, offset, BitSet.valueOf(num));
    }

    RecordSet denominatorSet() {
        return new RecordSet(kind, offset, BitSet.valueOf(den));
    }

    MetricValue ratio(String numeratorLabel, String denominatorLabel) {
        String formula = numeratorLabel + " " + numCount + " ÷ " + denominatorLabel + " " + denCount;
        return MetricValue.ratio(numCount, denCount, numeratorSet(), denominatorSet(), formula);
    }
}
