package cn.scorecard.core.metric;

import java.util.BitSet;

/** Accumulates a numerator and a denominator over one court's records. */
final class Tally {
    private final RecordKind kind;
    private final int offset;
    private final BitSet num = new BitSet();
    private final BitSet den = new BitSet();
    private int numCount;
    private int denCount;

    Tally(RecordKind kind, int offset) {
        this.kind = kind;
        this.offset = offset;
    }

    void count(int index, boolean inNumerator) {
        den.set(index - offset);
        denCount++;
        if (inNumerator) {
            num.set(index - offset);
            numCount++;
        }
    }

    int numerator() {
        return numCount;
    }

    int denominator() {
        return denCount;
    }

    RecordSet numeratorSet() {
        return new RecordSet(kind, offset, num);
    }

    RecordSet denominatorSet() {
        return new RecordSet(kind, offset, den);
    }

    MetricValue ratio(String numeratorLabel, String denominatorLabel) {
        String formula = numeratorLabel + " " + numCount + " ÷ " + denominatorLabel + " " + denCount;
        return MetricValue.ratio(numCount, denCount, numeratorSet(), denominatorSet(), formula);
    }
}
