package cn.scorecard.core.metric;

import cn.scorecard.core.cases.CaseTable;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Per court, the rows of the first-enforcement cases closed in the period and of those still open at its
 * end, shared by the metrics that read them (the 执行质效 rates, 差错率, 超期数). The case table clusters
 * rows by type and closing day, so both are contiguous runs found by binary search and read in order.
 */
final class PeriodIndex {
    private final CaseTable cases;
    private final int from;
    private final int to;
    private final AtomicReferenceArray<int[][]> byCourt;

    PeriodIndex(CaseTable cases, int courts, Period period) {
        this.cases = cases;
        this.from = period.startDay();
        this.to = period.endDay();
        this.byCourt = new AtomicReferenceArray<>(courts);
    }

    /** Rows of first-enforcement cases of the court closed within the period, ascending. */
    int[] closedFirst(int court) {
        return index(court)[0];
    }

    /** Rows of first-enforcement cases of the court filed by the period's end and open at its end. */
    int[] openFirst(int court) {
        return index(court)[1];
    }

    private int[][] index(int court) {
        int[][] idx = byCourt.get(court);
        if (idx == null) {
            idx = build(court);
            byCourt.compareAndSet(court, null, idx);
        }
        return idx;
    }

    private int[][] build(int court) {
        if (!cases.closingOrderKept()) return scan(court);
        int[] closed = cases.firstEnforcementClosedBetween(court, from, to);
        int[] closedRows = new int[closed[1] - closed[0]];
        Arrays.setAll(closedRows, i -> closed[0] + i);
        int[] open = cases.firstEnforcementOpenAfter(court, to);
        int[] filed = cases.filedColumn();
        int[] openRows = new int[open[1] - open[0]];
        int n = 0;
        for (int r = open[0]; r < open[1]; r++) {
            if (filed[r] <= to) openRows[n++] = r;
        }
        return new int[][] {closedRows, Arrays.copyOf(openRows, n)};
    }

    /** The same lists by a scan of the court's first-enforcement rows, for a what-if table whose order is broken. */
    private int[][] scan(int court) {
        int[] closedCol = cases.closedColumn();
        int[] filed = cases.filedColumn();
        int start = cases.courtStart(court);
        int end = cases.firstEnforcementEnd(court);
        int[] closedRows = new int[end - start];
        int[] openRows = new int[end - start];
        int c = 0;
        int o = 0;
        for (int r = start; r < end; r++) {
            int day = closedCol[r];
            if (day != cn.scorecard.core.cases.Times.NONE && day >= from && day <= to) closedRows[c++] = r;
            else if ((day == cn.scorecard.core.cases.Times.NONE || day > to) && filed[r] <= to) openRows[o++] = r;
        }
        return new int[][] {Arrays.copyOf(closedRows, c), Arrays.copyOf(openRows, o)};
    }
}
