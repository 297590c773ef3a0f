package cn.scorecard.core.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The recorded deducted intervals and extensions of every case, sparse and sorted by table row, so that the
 * explanation of one case finds its own by binary search and cases without any cost nothing. The evaluation
 * never reads them (it uses the counts of {@link CaseTable#deductedDays} and {@link CaseTable#extendedDays}).
 */
final class PeriodAdjustments {
    private final int[] rows;
    private final PeriodAdjustment[] items;

    private PeriodAdjustments(int[] rows, PeriodAdjustment[] items) {
        this.rows = rows;
        this.items = items;
    }

    /** From builder rows, mapped through {@code newRow}; the order of one case's entries is kept. */
    static PeriodAdjustments build(int count, int[] builderRows, PeriodAdjustment[] values, int[] newRow) {
        long[] order = new long[count];
        for (int i = 0; i < count; i++) order[i] = ((long) newRow[builderRows[i]] << 32) | i;
        Arrays.sort(order);
        int[] rows = new int[count];
        PeriodAdjustment[] items = new PeriodAdjustment[count];
        for (int i = 0; i < count; i++) {
            rows[i] = (int) (order[i] >>> 32);
            items[i] = values[(int) order[i]];
        }
        return new PeriodAdjustments(rows, items);
    }

    /** Per row of a table of {@code size} rows, the days its deducted intervals cover ({@link DeductedDays}). */
    int[] deductedDays(int size) {
        int[] out = new int[size];
        List<int[]> intervals = new ArrayList<>();
        for (int i = 0; i < rows.length; ) {
            int row = rows[i];
            intervals.clear();
            for (; i < rows.length && rows[i] == row; i++) {
                PeriodAdjustment a = items[i];
                if (a.kind() == PeriodAdjustment.Kind.DEDUCTION) intervals.add(new int[] {a.startDay(), a.endDay()});
            }
            if (!intervals.isEmpty()) out[row] = DeductedDays.count(intervals);
        }
        return out;
    }

    /** For the snapshot. */
    int[] rows() {
        return rows;
    }

    PeriodAdjustment[] items() {
        return items;
    }

    static PeriodAdjustments of(int[] rows, PeriodAdjustment[] items) {
        return new PeriodAdjustments(rows, items);
    }

    List<PeriodAdjustment> of(int row) {
        int i = Arrays.binarySearch(rows, row);
        if (i < 0) return List.of();
        while (i > 0 && rows[i - 1] == row) i--;
        List<PeriodAdjustment> out = new ArrayList<>();
        for (; i < rows.length && rows[i] == row; i++) out.add(items[i]);
        return out;
    }
}
