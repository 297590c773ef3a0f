package cn.scorecard.core.io;

import java.util.List;

/**
 * A few fixed words (labels of an enumeration) found by their UTF-8 bytes without decoding the cell: a hash of
 * the bytes into a small open table, then one comparison.
 */
final class ByteWords {
    private static final int SLOTS = 256;
    private final byte[][] words;
    private final int[] slot = new int[SLOTS];

    ByteWords(List<String> list) {
        this.words = list.stream().map(ByteCells::utf8).toArray(byte[][]::new);
        java.util.Arrays.fill(slot, -1);
        for (int i = 0; i < words.length; i++) {
            int h = hash(words[i], 0, words[i].length);
            while (slot[h] >= 0) h = (h + 1) & (SLOTS - 1);
            slot[h] = i;
        }
    }

    /** Length, the first bytes and the last three (a Chinese word's last character): enough to tell labels apart. */
    private static int hash(byte[] b, int from, int to) {
        int n = to - from;
        int h = n;
        if (n >= 6) h = ((h * 31 + b[from + 4]) * 31 + b[from + 5]) * 31 + b[to - 2];
        h = h * 31 + (n > 0 ? b[to - 1] : 0);
        return (h ^ (h >>> 8) ^ (h >>> 16)) & (SLOTS - 1);
    }

    /** The index of the word the cell holds exactly, or -1. */
    int find(ByteCells cells, int col) {
        if (col < 0) return -1;
        byte[] b = cells.buf;
        int from = cells.start[col];
        int to = cells.end[col];
        int n = to - from;
        for (int h = hash(b, from, to); ; h = (h + 1) & (SLOTS - 1)) {
            int i = slot[h];
            if (i < 0) return -1;
            byte[] w = words[i];
            if (w.length == n && same(b, from, w, n)) return i;
        }
    }

    static boolean same(byte[] b, int from, byte[] w, int n) {
        for (int k = 0; k < n; k++) {
            if (b[from + k] != w[k]) return false;
        }
        return true;
    }
}
