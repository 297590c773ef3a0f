package cn.scorecard.core.io;

import java.util.Arrays;
import java.util.List;

/** A few fixed words (labels of an enumeration) found by their UTF-8 bytes without decoding the cell. */
final class ByteWords {
    private final byte[][] words;

    ByteWords(List<String> words) {
        this.words = words.stream().map(ByteCells::utf8).toArray(byte[][]::new);
    }

    /** The index of the word the cell holds exactly, or -1. */
    int find(ByteCells cells, int col) {
        if (col < 0) return -1;
        int from = cells.start[col];
        int to = cells.end[col];
        int n = to - from;
        for (int i = 0; i < words.length; i++) {
            byte[] w = words[i];
            if (w.length == n && Arrays.equals(cells.buf, from, to, w, 0, n)) return i;
        }
        return -1;
    }
}
