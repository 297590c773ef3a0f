package cn.scorecard.core.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects cases in any order, then sorts them by court into a {@link CaseTable}. After {@link #build}
 * {@link #newRow(int)} maps a row number given out by {@link #addCase} to its row in the table, so that
 * tables referring to cases (payments, field actions) can follow.
 */
public final class CaseTableBuilder {
    private final int courtCount;
    private int size;
    private String[] number = new String[1024];
    private byte[] type = new byte[1024];
    private int[] court = new int[1024];
    private int[] filed = new int[1024];
    private int[] closed = new int[1024];
    private byte[] method = new byte[1024];
    private byte[] category = new byte[1024];
    private long[] applied = new long[1024];
    private long[] delivered = new long[1024];
    private int[] judge = new int[1024];
    private int[] assistant = new int[1024];
    private int[] clerk = new int[1024];
    private int[] flags = new int[1024];
    private int[] extended = new int[1024];
    private final int[][] steps = new int[StepType.values().length][];
    // later occurrences of repeatable steps, by builder row (StepRepeats once built)
    private int[] repeatRow = new int[64];
    private byte[] repeatStep = new byte[64];
    private int[] repeatMinute = new int[64];
    private int repeats;
    private final Map<Integer, List<int[]>> deductions = new HashMap<>();
    // the recorded intervals and extensions with their reasons, for the explanations (PeriodAdjustments once built)
    private int[] adjustmentRow = new int[64];
    private PeriodAdjustment[] adjustments = new PeriodAdjustment[64];
    private int adjustmentCount;
    private final Map<String, String> reasons = new HashMap<>();
    private final Map<String, Integer> rowByKey = new HashMap<>();
    private int[] newRow;

    public CaseTableBuilder(int courtCount) {
        this.courtCount = courtCount;
    }

    /** A case row; amounts in fen, -1 when not recorded; staff indexes -1 when none. */
    public int addCase(int courtIndex, String caseNumber, CaseType caseType, int filedDay, int closedDay,
                       ClosingMethod closingMethod, CaseCategory caseCategory, long appliedFen, long deliveredFen,
                       int judgeIndex, int assistantIndex, int clerkIndex) {
        String key = courtIndex + "|" + caseNumber;
        if (rowByKey.containsKey(key)) throw new IllegalArgumentException("案号重复: " + caseNumber);
        int r = addCaseUnkeyed(courtIndex, caseNumber, caseType, filedDay, closedDay, closingMethod, caseCategory,
                appliedFen, deliveredFen, judgeIndex, assistantIndex, clerkIndex);
        rowByKey.put(key, r);
        return r;
    }

    /**
     * A case row that {@link #rowOf} does not find: for a reader that keys the cases itself (by numbers, without
     * a string per case) and has checked that the key is new.
     */
    public int addCaseUnkeyed(int courtIndex, String caseNumber, CaseType caseType, int filedDay, int closedDay,
                              ClosingMethod closingMethod, CaseCategory caseCategory, long appliedFen, long deliveredFen,
                              int judgeIndex, int assistantIndex, int clerkIndex) {
        ensureCapacity(size + 1);
        int r = size++;
        number[r] = caseNumber;
        type[r] = (byte) caseType.ordinal();
        court[r] = courtIndex;
        filed[r] = filedDay;
        closed[r] = closedDay;
        method[r] = closingMethod == null ? -1 : (byte) closingMethod.ordinal();
        category[r] = caseCategory == null ? -1 : (byte) caseCategory.ordinal();
        applied[r] = appliedFen;
        delivered[r] = deliveredFen;
        judge[r] = judgeIndex;
        assistant[r] = assistantIndex;
        clerk[r] = clerkIndex;
        return r;
    }

    /** Builder row of a case, or -1. */
    public int rowOf(int courtIndex, String caseNumber) {
        Integer r = rowByKey.get(courtIndex + "|" + caseNumber);
        return r == null ? -1 : r;
    }

    public int size() {
        return size;
    }

    /**
     * Records a step. The step column keeps the earliest time; the other occurrences of a
     * {@link StepType#repeatable() repeatable} step are kept as well, those of a single step are dropped.
     */
    public void step(int row, StepType step, int minute) {
        int[] col = steps[step.ordinal()];
        if (col == null) {
            col = new int[Math.max(number.length, 1024)];
            Arrays.fill(col, Times.NONE);
            steps[step.ordinal()] = col;
        }
        int first = col[row];
        if (first == Times.NONE) {
            col[row] = minute;
            return;
        }
        if (minute == first) return;
        if (minute < first) col[row] = minute;
        if (step.repeatable()) repeat(row, step, Math.max(first, minute));
    }

    private void repeat(int row, StepType step, int minute) {
        if (repeats == repeatRow.length) {
            int cap = repeats * 2;
            repeatRow = Arrays.copyOf(repeatRow, cap);
            repeatStep = Arrays.copyOf(repeatStep, cap);
            repeatMinute = Arrays.copyOf(repeatMinute, cap);
        }
        repeatRow[repeats] = row;
        repeatStep[repeats] = (byte) step.ordinal();
        repeatMinute[repeats] = minute;
        repeats++;
    }

    public void flag(int row, CaseFlag flag) {
        flags[row] |= flag.bit();
    }

    /** A deducted interval (扣除期间) from startDay to endDay inclusive. */
    public void deduction(int row, int startDay, int endDay) {
        deduction(row, startDay, endDay, null);
    }

    /** A deducted interval with its reason (说明: 公告, 评估 …); an interval without an end deducts nothing yet. */
    public void deduction(int row, int startDay, int endDay, String reason) {
        deductions.computeIfAbsent(row, k -> new ArrayList<>()).add(new int[] {startDay, endDay});
        int days = endDay == Times.NONE || endDay < startDay ? 0 : endDay - startDay + 1;
        adjustment(row, new PeriodAdjustment(PeriodAdjustment.Kind.DEDUCTION, startDay, endDay, days, intern(reason)));
    }

    public void extension(int row, int days) {
        extension(row, days, Times.NONE, Times.NONE, null);
    }

    /** An approved extension of {@code days}, with its dates when recorded as an interval, and its reason. */
    public void extension(int row, int days, int startDay, int endDay, String reason) {
        extended[row] += days;
        adjustment(row, new PeriodAdjustment(PeriodAdjustment.Kind.EXTENSION, startDay, endDay, days, intern(reason)));
    }

    private void adjustment(int row, PeriodAdjustment a) {
        if (adjustmentCount == adjustmentRow.length) {
            adjustmentRow = Arrays.copyOf(adjustmentRow, adjustmentCount * 2);
            adjustments = Arrays.copyOf(adjustments, adjustmentCount * 2);
        }
        adjustmentRow[adjustmentCount] = row;
        adjustments[adjustmentCount++] = a;
    }

    // A province repeats a handful of reasons (公告, 评估 …) hundreds of thousands of times: keep one copy of each.
    private String intern(String reason) {
        if (reason == null || reason.isBlank()) return null;
        return reasons.computeIfAbsent(reason.strip(), r -> r);
    }

    public CaseTable build() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) order[i] = i;
        // Within a court, cases are clustered by type and then by closing day (open cases last), so the
        // first-enforcement cases closed in any period are one contiguous run of rows (see CaseTable.firstEnforcementClosedBetween).
        Arrays.sort(order, (a, b) -> {
            if (court[a] != court[b]) return Integer.compare(court[a], court[b]);
            if (type[a] != type[b]) return Integer.compare(type[a], type[b]);
            int ca = closingKey(closed[a]);
            int cb = closingKey(closed[b]);
            return ca != cb ? Integer.compare(ca, cb) : Integer.compare(a, b);
        });
        newRow = new int[size];
        for (int i = 0; i < size; i++) newRow[order[i]] = i;
        int[] deducted = new int[size];
        deductions.forEach((row, intervals) -> deducted[newRow[row]] = DeductedDays.count(intervals));
        int[][] sortedSteps = new int[steps.length][];
        for (int s = 0; s < steps.length; s++) {
            if (steps[s] != null) sortedSteps[s] = permute(steps[s], order);
        }
        String[] num = new String[size];
        byte[] t = new byte[size];
        byte[] m = new byte[size];
        byte[] cat = new byte[size];
        long[] ap = new long[size];
        long[] dl = new long[size];
        for (int i = 0; i < size; i++) {
            int o = order[i];
            num[i] = number[o];
            t[i] = type[o];
            m[i] = method[o];
            cat[i] = category[o];
            ap[i] = applied[o];
            dl[i] = delivered[o];
        }
        return new CaseTable(size, num, t, permute(court, order), permute(filed, order), permute(closed, order), m,
                cat, ap, dl, permute(judge, order), permute(assistant, order), permute(clerk, order),
                permute(flags, order), deducted, permute(extended, order), sortedSteps,
                StepRepeats.build(repeats, repeatRow, repeatStep, repeatMinute, newRow),
                PeriodAdjustments.build(adjustmentCount, adjustmentRow, adjustments, newRow), courtCount);
    }

    static int closingKey(int closedDay) {
        return closedDay == Times.NONE ? Integer.MAX_VALUE : closedDay;
    }

    /** Row in the built table of a row handed out by {@link #addCase}. */
    public int newRow(int builderRow) {
        return newRow[builderRow];
    }

    private static int[] permute(int[] col, Integer[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = col[order[i]];
        return out;
    }

    private void ensureCapacity(int n) {
        if (n <= number.length) return;
        int cap = Math.max(n, number.length * 2);
        number = Arrays.copyOf(number, cap);
        type = Arrays.copyOf(type, cap);
        court = Arrays.copyOf(court, cap);
        filed = Arrays.copyOf(filed, cap);
        closed = Arrays.copyOf(closed, cap);
        method = Arrays.copyOf(method, cap);
        category = Arrays.copyOf(category, cap);
        applied = Arrays.copyOf(applied, cap);
        delivered = Arrays.copyOf(delivered, cap);
        judge = Arrays.copyOf(judge, cap);
        assistant = Arrays.copyOf(assistant, cap);
        clerk = Arrays.copyOf(clerk, cap);
        flags = Arrays.copyOf(flags, cap);
        extended = Arrays.copyOf(extended, cap);
        for (int s = 0; s < steps.length; s++) {
            if (steps[s] != null) {
                int old = steps[s].length;
                steps[s] = Arrays.copyOf(steps[s], cap);
                Arrays.fill(steps[s], old, cap, Times.NONE);
            }
        }
    }
}
