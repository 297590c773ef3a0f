package cn.scorecard.core.cases;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A private, changeable copy of a case table for what-if computations: close a case, record a step, and undo the
 * changes. Only the closing date and method columns are copied up front, a step (as a dense column) when it is first changed;
 * everything else is shared with the original, which never changes. Not thread-safe: one scratch per computation.
 */
public final class CaseScratch {
    private static final int CLOSE = 0;
    private static final int STEP = 1;
    private final CaseTable table;
    /** Step columns already copied (the others are still the original's). */
    private final boolean[] own = new boolean[StepType.values().length];
    private final Deque<int[]> undo = new ArrayDeque<>();

    public CaseScratch(CaseTable base) {
        this.table = new CaseTable(base);
    }

    public CaseTable table() {
        return table;
    }

    /**
     * Closes a case on a day with a method (null for review cases, which have none). A case closed by
     * 执行完毕 has been performed in full, so its delivered amount becomes the applied amount where one is recorded.
     */
    public void close(int row, int day, ClosingMethod method) {
        long delivered = table.delivered[row];
        undo.push(new int[] {CLOSE, row, table.closed[row], table.method[row], (int) (delivered >>> 32), (int) delivered});
        table.closed[row] = day;
        table.method[row] = (byte) (method == null ? -1 : method.ordinal());
        if (method == ClosingMethod.FULFILLED && table.applied[row] > 0) table.delivered[row] = table.applied[row];
    }

    /**
     * Records a step at a minute. The column keeps a case's first occurrence of a step: a step planned after an
     * earlier occurrence (one that came before the trigger and so did not answer it) takes its place here, since the
     * plan is about the occurrence that answers the trigger.
     */
    public void step(int row, StepType step, int minute) {
        int s = step.ordinal();
        if (!own[s]) {
            int[] col = table.changedSteps[s] != null ? table.changedSteps[s].clone() : table.steps.column(s);
            if (col == null) {
                col = new int[table.size];
                Arrays.fill(col, Times.NONE);
            }
            table.changedSteps[s] = col;
            own[s] = true;
        }
        undo.push(new int[] {STEP, row, s, table.changedSteps[s][row]});
        table.changedSteps[s][row] = minute;
    }

    /** Undoes every change, the latest first. */
    public void reset() {
        while (!undo.isEmpty()) {
            int[] u = undo.pop();
            if (u[0] == CLOSE) {
                table.closed[u[1]] = u[2];
                table.method[u[1]] = (byte) u[3];
                table.delivered[u[1]] = ((long) u[4] << 32) | (u[5] & 0xFFFFFFFFL);
            } else {
                table.changedSteps[u[2]][u[1]] = u[3];
            }
        }
    }
}
