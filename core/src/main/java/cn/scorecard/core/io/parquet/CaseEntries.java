package cn.scorecard.core.io.parquet;

import java.io.IOException;
import java.util.Arrays;

/**
 * Rows of a table that has any number of rows per case (steps, period adjustments), gathered case by case into
 * a buffer that is written as a row group whenever it holds {@code groupRows} rows, then reused: memory stays one
 * row group. An entry is its case row, two ints and an object, as the table needs.
 */
final class CaseEntries {
    int size;
    int[] caseRow = new int[1024];
    int[] first = new int[1024];
    int[] second = new int[1024];
    Object[] item = new Object[1024];

    /** Adds the rows of one case. */
    interface Source {
        void collect(int caseRow, CaseEntries into);
    }

    void add(int row, int a, int b, Object o) {
        if (size == caseRow.length) {
            int n = size * 2;
            caseRow = Arrays.copyOf(caseRow, n);
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
            item = Arrays.copyOf(item, n);
        }
        caseRow[size] = row;
        first[size] = a;
        second[size] = b;
        item[size++] = o;
    }

    /** Every case's rows, in case order, written in row groups of at least {@code groupRows} (the last may be less). */
    long writeAll(int cases, Source source, ParquetWriter out, int groupRows) throws IOException {
        long rows = 0;
        for (int r = 0; r < cases; r++) {
            source.collect(r, this);
            if (size >= groupRows) rows += flush(out);
        }
        return rows + flush(out);
    }

    private int flush(ParquetWriter out) throws IOException {
        int n = size;
        out.rowGroup(0, n);
        Arrays.fill(item, 0, n, null);
        size = 0;
        return n;
    }
}
