package cn.scorecard.core.io;

import java.util.Arrays;
import java.util.Map;

/**
 * Reference codes (courts, staff) found by their UTF-8 bytes without making a String of the cell: an open table of
 * the codes' bytes, hashed over every byte. Built once per read and only read afterwards, so the parsing threads
 * share it.
 */
final class ByteCodes {
    private final byte[][] codes;
    private final int[] values;
    private final int mask;

    ByteCodes(Map<String, Integer> index) {
        int slots = Integer.highestOneBit(Math.max(4, index.size() * 4) - 1) << 1;
        codes = new byte[slots][];
        values = new int[slots];
        mask = slots - 1;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            byte[] code = ByteCells.utf8(e.getKey());
            int h = hash(code, 0, code.length) & mask;
            while (codes[h] != null) h = (h + 1) & mask;
            codes[h] = code;
            values[h] = e.getValue();
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811C9DC5;
        for (int i = from; i < to; i++) h = (h ^ b[i]) * 0x01000193;
        return h ^ (h >>> 15);
    }

    /** The index of the code b[from, to) spells exactly, or -1. */
    int find(byte[] b, int from, int to) {
        int n = to - from;
        for (int h = hash(b, from, to) & mask; ; h = (h + 1) & mask) {
            byte[] code = codes[h];
            if (code == null) return -1;
            if (code.length == n && Arrays.equals(b, from, to, code, 0, n)) return values[h];
        }
    }
}
