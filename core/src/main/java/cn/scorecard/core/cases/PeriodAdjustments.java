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
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(newRow[builderRows[a]], newRow[builderRows[b]]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rows = new int[count];
        PeriodAdjustment[] items = new PeriodAdjustment[count];
        for (int i = 0; i < count; i++) {
            rows[i] = newRow[builderRows[order[i]]];
            items[i] = values[order[i]];
        }
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
