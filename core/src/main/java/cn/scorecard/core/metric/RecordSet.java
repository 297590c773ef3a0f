package cn.scorecard.core.metric;

import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * The records counted in a numerator or denominator: a bit set over record indexes starting at
 * {@code offset} (for cases, the court's first row), so explanations of a whole province stay small.
 */
public final class RecordSet {
    private static final RecordSet EMPTY_CASES = new RecordSet(RecordKind.CASE, 0, new BitSet());
    private final RecordKind kind;
    private final int offset;
    private final BitSet bits;

    public RecordSet(RecordKind kind, int offset, BitSet bits) {
        this.kind = kind;
        this.offset = offset;
        this.bits = bits;
    }

    public static RecordSet empty(RecordKind kind) {
        return kind == RecordKind.CASE ? EMPTY_CASES : new RecordSet(kind, 0, new BitSet());
    }

    public RecordKind kind() {
        return kind;
    }

    public int size() {
        return bits.cardinality();
    }

    public boolean contains(int index) {
        return index >= offset && bits.get(index - offset);
    }

    /** Record indexes in ascending order. */
    public IntStream indexes() {
        return bits.stream().map(i -> i + offset);
    }

    /** The records of this set that are not in {@code other} (e.g. denominator minus numerator: the misses). */
    public RecordSet minus(RecordSet other) {
        BitSet out = new BitSet();
        bits.stream().filter(i -> !other.contains(i + offset)).forEach(out::set);
        return new RecordSet(kind, offset, out);
    }
}
