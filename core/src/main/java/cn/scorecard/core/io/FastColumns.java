package cn.scorecard.core.io;

import java.util.Arrays;

/** Header checks and reference lookups of the fast readers. */
final class FastColumns {
    private FastColumns() {
    }

    /**
     * The position in the file of each column of the spec (-1 when absent). A header the strict reader would
     * question at all (an unknown, repeated or empty name, a required column missing) is a bail.
     */
    static int[] positions(CsvSpec spec, String[] header) {
        int[] position = new int[spec.size()];
        Arrays.fill(position, -1);
        for (int p = 0; p < header.length; p++) {
            int col = spec.indexOf(header[p]);
            if (col < 0 || position[col] >= 0) throw new FastBail("header");
            position[col] = p;
        }
        for (int col = 0; col < spec.size(); col++) {
            if (spec.required(col) && position[col] < 0) throw new FastBail("header");
        }
        return position;
    }

    /**
     * Which positions of a line hold the given columns of a spec (by their positions from {@link #positions}): the
     * columns a fast reader only parses as ASCII or compares exactly, whose bytes need no UTF-8 check.
     */
    static boolean[] exact(int width, int[] positions, int... columns) {
        boolean[] exact = new boolean[width];
        for (int col : columns) {
            if (positions[col] >= 0) exact[positions[col]] = true;
        }
        return exact;
    }

    /** A code → index map looked up from cell bytes, remembering the last cell (rows of a court come together). */
    static final class Lookup {
        private final ByteCodes index;
        /** The last cell looked up, as a range of its buffer (a lookup lives while one chunk is parsed). */
        private byte[] lastBuf = new byte[0];
        private int lastFrom, lastTo;
        private int lastIndex = -1;

        Lookup(ByteCodes index) {
            this.index = index;
        }

        /** The index of the cell's code; an empty cell or an unknown code is a bail. */
        int required(ByteCells cells, int col) {
            if (cells.empty(col)) throw new FastBail("required cell empty");
            return optional(cells, col);
        }

        /** -1 for an empty cell; an unknown code is a bail. */
        int optional(ByteCells cells, int col) {
            if (cells.empty(col)) return -1;
            int from = cells.start[col];
            int to = cells.end[col];
            if (to - from == lastTo - lastFrom && Arrays.equals(cells.buf, from, to, lastBuf, lastFrom, lastTo)) return lastIndex;
            int i = index.find(cells.buf, from, to);
            if (i < 0) throw new FastBail("unknown reference");
            lastBuf = cells.buf;
            lastFrom = from;
            lastTo = to;
            lastIndex = i;
            return i;
        }
    }
}
