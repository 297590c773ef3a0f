package cn.scorecard.core.io.parquet;

/**
 * Definition levels of a flat optional column (0 = null, 1 = a value) in the RLE / bit-packing hybrid at bit width 1
 * (Encodings.md): a run of eight or more equal levels is an RLE run (header {@code count << 1}, then the level in one
 * byte); anything else goes into bit-packed groups of eight levels (header {@code groups << 1 | 1}, then a byte a
 * group, the first level in the lowest bit), the last group padded with zeros. Written with the 4-byte little-endian
 * length a V1 data page puts in front.
 */
final class LevelEncoder {
    private LevelEncoder() {
    }

    /** The first {@code count} levels, prefixed by their encoded length. */
    static void write(boolean[] defined, int count, ByteBuf out) {
        int lengthAt = out.size();
        out.int32(0);
        int i = 0;
        int groups = 0;
        ByteBuf packed = new ByteBuf(64);
        while (i < count) {
            int run = runLength(defined, i, count);
            if (run >= 8) {
                flushPacked(packed, groups, out);
                groups = 0;
                out.varint((long) run << 1);
                out.put(defined[i] ? 1 : 0);
                i += run;
            } else {
                int b = 0;
                for (int k = 0; k < 8 && i + k < count; k++) {
                    if (defined[i + k]) b |= 1 << k;
                }
                packed.put(b);
                groups++;
                i += 8;
            }
        }
        flushPacked(packed, groups, out);
        out.int32At(lengthAt, out.size() - lengthAt - 4);
    }

    private static void flushPacked(ByteBuf packed, int groups, ByteBuf out) {
        if (groups == 0) return;
        out.varint((long) groups << 1 | 1);
        out.put(packed);
        packed.clear();
    }

    private static int runLength(boolean[] defined, int from, int count) {
        int j = from + 1;
        while (j < count && defined[j] == defined[from]) j++;
        return j - from;
    }
}
