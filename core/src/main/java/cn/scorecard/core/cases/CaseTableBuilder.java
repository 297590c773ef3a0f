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
 *
 * <p>Memory: the columns grow by half; the 案号 are kept as numbers ({@link CaseNumbers}); a case's steps are a
 * chain of small entries (step type, minute), one per step type and, for a repeatable step, per distinct minute —
 * not a column per step type. {@link #build} sorts with primitive counting sorts and releases each builder column as
 * soon as its table column is written.
 */
public final class CaseTableBuilder {
    private static final int STEP_TYPES = StepType.values().length;
    private static final boolean[] REPEATABLE = new boolean[STEP_TYPES];
    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;

    static {
        for (StepType s : StepType.values()) REPEATABLE[s.ordinal()] = s.repeatable();
        if (STEP_TYPES > Integer.SIZE) throw new IllegalStateException("a case's step types are the bits of an int");
    }

    private final int courtCount;
    private int size;
    private int capacity = 1024;
    private final CaseNumbers.Builder numbers = new CaseNumbers.Builder();
    private long[] number = new long[capacity];
    private byte[] type = new byte[capacity];
    private int[] court = new int[capacity];
    private int[] filed = new int[capacity];
    private int[] closed = new int[capacity];
    private byte[] method = new byte[capacity];
    private byte[] category = new byte[capacity];
    private long[] applied = new long[capacity];
    private long[] delivered = new long[capacity];
    private IndexColumn judge = IndexColumn.withCapacity(capacity);
    private IndexColumn assistant = IndexColumn.withCapacity(capacity);
    private IndexColumn clerk = IndexColumn.withCapacity(capacity);
    private int[] flags = new int[capacity];
    private int[] extended = new int[capacity];
    // Steps: per case the last entry of its chain (-1 for none); entries in blocks of next, type and minute.
    private int[] stepHead = new int[capacity];
    private int[][] stepNext = new int[0][];
    private byte[][] stepType = new byte[0][];
    private int[][] stepMinute = new int[0][];
    private int stepEntries;
    /** (case, step type) pairs: the table's step entries; the other chain entries are later occurrences. */
    private int firstSteps;
    /** The row whose step types {@link #typeMask} holds (bit per {@link StepType} ordinal), -1 for none. */
    private int maskRow = -1;
    private int typeMask;
    // the recorded intervals and extensions with their reasons, for the explanations (PeriodAdjustments once built)
    private int[] adjustmentRow = new int[64];
    private PeriodAdjustment[] adjustments = new PeriodAdjustment[64];
    private int adjustmentCount;
    private final Map<String, String> reasons = new HashMap<>();
    private Map<String, Integer> rowByKey = new HashMap<>();
    private int[] newRow;
    /** The table once built: the builder's columns are gone, a second {@link #build} gives it again. */
    private CaseTable built;

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
        int r = addRow(courtIndex, caseType, filedDay, closedDay, closingMethod, caseCategory, appliedFen, deliveredFen,
                judgeIndex, assistantIndex, clerkIndex);
        number[r] = numbers.encode(r, caseNumber);
        return r;
    }

    private int addRow(int courtIndex, CaseType caseType, int filedDay, int closedDay, ClosingMethod closingMethod,
                       CaseCategory caseCategory, long appliedFen, long deliveredFen, int judgeIndex, int assistantIndex,
                       int clerkIndex) {
        unbuilt();
        ensureCapacity(size + 1);
        int r = size++;
        type[r] = (byte) caseType.ordinal();
        court[r] = courtIndex;
        filed[r] = filedDay;
        closed[r] = closedDay;
        method[r] = closingMethod == null ? -1 : (byte) closingMethod.ordinal();
        category[r] = caseCategory == null ? -1 : (byte) caseCategory.ordinal();
        applied[r] = appliedFen;
        delivered[r] = deliveredFen;
        judge.set(r, judgeIndex);
        assistant.set(r, assistantIndex);
        clerk.set(r, clerkIndex);
        stepHead[r] = -1;
        return r;
    }

    /** The id of a 案号 court prefix (豫1302) for {@link #addCaseCoded}, added when new; -1 when there are too many. */
    public int numberPrefix(String prefix) {
        return numbers.prefixId(prefix);
    }

    /**
     * As {@link #addCaseUnkeyed}, the canonical 案号 （year）prefix执[type]serial号 given by its parts (type code 0 for
     * 执, 1–8 for 执恢 … 执他), as a reader that parsed and keyed it from bytes has them: no text is made.
     */
    public int addCaseCoded(int courtIndex, int prefixId, int year, int typeCode, int serial, CaseType caseType,
                            int filedDay, int closedDay, ClosingMethod closingMethod, CaseCategory caseCategory,
                            long appliedFen, long deliveredFen, int judgeIndex, int assistantIndex, int clerkIndex) {
        long code = CaseNumbers.Builder.code(prefixId, year, typeCode, serial);
        int r = addRow(courtIndex, caseType, filedDay, closedDay, closingMethod, caseCategory, appliedFen, deliveredFen,
                judgeIndex, assistantIndex, clerkIndex);
        number[r] = code;
        return r;
    }

    /** Builder row of a case, or -1. */
    public int rowOf(int courtIndex, String caseNumber) {
        if (rowByKey == null) throw new IllegalStateException("the case table is built: cases are found in it");
        Integer r = rowByKey.get(courtIndex + "|" + caseNumber);
        return r == null ? -1 : r;
    }

    public int size() {
        return size;
    }

    /**
     * Records a step. The table keeps the earliest time; the other occurrences of a
     * {@link StepType#repeatable() repeatable} step are kept as well, those of a single step are dropped.
     */
    public void step(int row, StepType step, int minute) {
        unbuilt();
        int s = step.ordinal();
        if (row != maskRow) { // a case's steps mostly come one after another: its step types as bits, made once
            maskRow = row;
            typeMask = 0;
            for (int e = stepHead[row]; e >= 0; e = stepNext[e >>> BLOCK_BITS][e & (BLOCK - 1)]) {
                typeMask |= 1 << stepType[e >>> BLOCK_BITS][e & (BLOCK - 1)];
            }
        }
        boolean seen = false;
        // a type the case does not have yet is added without walking the case's steps
        for (int e = (typeMask & 1 << s) == 0 ? -1 : stepHead[row]; e >= 0; e = stepNext[e >>> BLOCK_BITS][e & (BLOCK - 1)]) {
            if (stepType[e >>> BLOCK_BITS][e & (BLOCK - 1)] != s) continue;
            int m = stepMinute[e >>> BLOCK_BITS][e & (BLOCK - 1)];
            if (m == minute) return;
            if (!REPEATABLE[s]) {
                if (minute < m) stepMinute[e >>> BLOCK_BITS][e & (BLOCK - 1)] = minute;
                return;
            }
            seen = true;
        }
        if (!seen) firstSteps++;
        int e = stepEntries++;
        if ((e >>> BLOCK_BITS) == stepNext.length) {
            int blocks = stepNext.length + 1;
            stepNext = Arrays.copyOf(stepNext, blocks);
            stepType = Arrays.copyOf(stepType, blocks);
            stepMinute = Arrays.copyOf(stepMinute, blocks);
            stepNext[blocks - 1] = new int[BLOCK];
            stepType[blocks - 1] = new byte[BLOCK];
            stepMinute[blocks - 1] = new int[BLOCK];
        }
        stepNext[e >>> BLOCK_BITS][e & (BLOCK - 1)] = stepHead[row];
        stepType[e >>> BLOCK_BITS][e & (BLOCK - 1)] = (byte) s;
        stepMinute[e >>> BLOCK_BITS][e & (BLOCK - 1)] = minute;
        stepHead[row] = e;
        typeMask |= 1 << s;
    }

    public void flag(int row, CaseFlag flag) {
        unbuilt();
        flags[row] |= flag.bit();
    }

    /** A deducted interval (扣除期间) from startDay to endDay inclusive. */
    public void deduction(int row, int startDay, int endDay) {
        deduction(row, startDay, endDay, null);
    }

    /** A deducted interval with its reason (说明: 公告, 评估 …); an interval without an end deducts nothing yet. */
    public void deduction(int row, int startDay, int endDay, String reason) {
        int days = endDay == Times.NONE || endDay < startDay ? 0 : endDay - startDay + 1;
        adjustment(row, new PeriodAdjustment(PeriodAdjustment.Kind.DEDUCTION, startDay, endDay, days, intern(reason)));
    }

    public void extension(int row, int days) {
        extension(row, days, Times.NONE, Times.NONE, null);
    }

    /** An approved extension of {@code days}, with its dates when recorded as an interval, and its reason. */
    public void extension(int row, int days, int startDay, int endDay, String reason) {
        unbuilt();
        extended[row] += days;
        adjustment(row, new PeriodAdjustment(PeriodAdjustment.Kind.EXTENSION, startDay, endDay, days, intern(reason)));
    }

    private void adjustment(int row, PeriodAdjustment a) {
        unbuilt();
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

    private void unbuilt() {
        if (built != null) throw new IllegalStateException("the case table is built: no case or step can be added");
    }

    /**
     * The table. The builder's columns are released as the table's are written (so that a large province is not
     * held twice): after this {@link #newRow}, {@link #size} and {@link #build} (the same table) answer, and nothing
     * can be added.
     */
    public CaseTable build() {
        if (built != null) return built;
        built = buildOnce();
        return built;
    }

    private CaseTable buildOnce() {
        rowByKey = null;
        int n = size;
        for (int i = 0; i < n; i++) {
            if (court[i] < 0 || court[i] >= courtCount) throw new IllegalStateException("cases are not sorted by court");
        }
        // Within a court, cases are clustered by type and then by closing day (open cases last), ties in the order
        // they were added, so the first-enforcement cases closed in any period are one contiguous run of rows
        // (see CaseTable.firstEnforcementClosedBetween). Stable sorts: by closing day, then type, then court.
        int[] order = byClosing(n);
        int[] spare = new int[n];
        int[] byType = new int[n];
        for (int i = 0; i < n; i++) byType[i] = type[i];
        countingSort(order, spare, byType, CaseType.values().length);
        byType = null;
        countingSort(order, spare, court, courtCount);
        spare = null;
        int[] courtEnd = new int[courtCount];
        for (int i = 0; i < n; i++) courtEnd[court[i]]++;
        for (int c = 1; c < courtCount; c++) courtEnd[c] += courtEnd[c - 1];
        court = null;
        newRow = new int[n];
        for (int i = 0; i < n; i++) newRow[order[i]] = i;

        long[] num = new long[n];
        for (int i = 0; i < n; i++) num[i] = number[order[i]];
        number = null;
        Object[] texts = numbers.sortedTexts(newRow);
        CaseNumbers caseNumbers = new CaseNumbers(num, numbers.prefixArray(), (int[]) texts[0], (String[]) texts[1]);
        byte[] t = permute(type, order);
        type = null;
        int[] fl = permute(filed, order);
        filed = null;
        int[] cl = permute(closed, order);
        closed = null;
        byte[] m = permute(method, order);
        method = null;
        byte[] cat = permute(category, order);
        category = null;
        long[] ap = permute(applied, order);
        applied = null;
        long[] dl = permute(delivered, order);
        delivered = null;
        IndexColumn j = judge.permuted(order);
        judge = null;
        IndexColumn a = assistant.permuted(order);
        assistant = null;
        IndexColumn k = clerk.permuted(order);
        clerk = null;
        int[] fg = permute(flags, order);
        flags = null;
        int[] ex = permute(extended, order);
        extended = null;
        PeriodAdjustments periods = PeriodAdjustments.build(adjustmentCount, adjustmentRow, adjustments, newRow);
        adjustmentRow = null;
        adjustments = null;
        int[] deducted = periods.deductedDays(n);
        StepRepeats[] repeats = new StepRepeats[1];
        CaseSteps steps = steps(order, repeats);
        return new CaseTable(n, caseNumbers, t, courtEnd, fl, cl, m, cat, ap, dl, j, a, k, fg, deducted, ex, steps,
                repeats[0], periods);
    }

    /** Row order by closing day (open cases last), ties by row: a counting sort over the days used, else a sort. */
    private int[] byClosing(int n) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            int c = closed[i];
            if (c == Times.NONE) continue;
            if (c < min) min = c;
            if (c > max) max = c;
        }
        int[] order = new int[n];
        if (min > max) {
            for (int i = 0; i < n; i++) order[i] = i;
            return order;
        }
        long range = (long) max - min + 2;
        if (range <= Math.max(1 << 16, 4L * n)) {
            int buckets = (int) range;
            int[] count = new int[buckets + 1];
            for (int i = 0; i < n; i++) count[bucket(closed[i], min, buckets) + 1]++;
            for (int b = 1; b <= buckets; b++) count[b] += count[b - 1];
            for (int i = 0; i < n; i++) order[count[bucket(closed[i], min, buckets)]++] = i;
            return order;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) closingKey(closed[i]) << 32) | i;
        Arrays.sort(keys);
        for (int i = 0; i < n; i++) order[i] = (int) keys[i];
        return order;
    }

    private static int bucket(int closedDay, int min, int buckets) {
        return closedDay == Times.NONE ? buckets - 1 : closedDay - min;
    }

    /** Stable counting sort of {@code order} by {@code key[row]} in [0, keys). */
    private static void countingSort(int[] order, int[] spare, int[] key, int keys) {
        int[] count = new int[keys + 1];
        for (int o : order) count[key[o] + 1]++;
        for (int b = 1; b <= keys; b++) count[b] += count[b - 1];
        for (int o : order) spare[count[key[o]]++] = o;
        System.arraycopy(spare, 0, order, 0, order.length);
    }

    /**
     * The steps in table order (each case's first occurrence of each step type, ascending by type) and the
     * later occurrences of repeatable steps; the builder's chains are released.
     */
    private CaseSteps steps(int[] order, StepRepeats[] repeatsOut) {
        int n = order.length;
        int[] mask = new int[n];
        int[] blockStart = new int[CaseSteps.blocks(n)];
        byte[] rel = new byte[n];
        int[] entries = new int[firstSteps];
        int laterCount = stepEntries - firstSteps;
        int[] laterRow = new int[laterCount];
        byte[] laterStep = new byte[laterCount];
        int[] laterMinute = new int[laterCount];
        int later = 0;
        int[] types = new int[64];
        int[] minutes = new int[64];
        int p = 0;
        for (int i = 0; i < n; i++) {
            if ((i & ((1 << CaseSteps.BLOCK_BITS) - 1)) == 0) blockStart[i >>> CaseSteps.BLOCK_BITS] = p;
            rel[i] = (byte) (p - blockStart[i >>> CaseSteps.BLOCK_BITS]);
            int o = order[i];
            int k = 0;
            for (int e = stepHead[o]; e >= 0; e = stepNext[e >>> BLOCK_BITS][e & (BLOCK - 1)]) {
                if (k == types.length) {
                    types = java.util.Arrays.copyOf(types, k * 2);
                    minutes = java.util.Arrays.copyOf(minutes, k * 2);
                }
                types[k] = stepType[e >>> BLOCK_BITS][e & (BLOCK - 1)];
                minutes[k++] = stepMinute[e >>> BLOCK_BITS][e & (BLOCK - 1)];
            }
            // insertion sort by (type, minute): a case has a few steps
            for (int x = 1; x < k; x++) {
                int ty = types[x];
                int mi = minutes[x];
                int y = x - 1;
                while (y >= 0 && (types[y] > ty || (types[y] == ty && minutes[y] > mi))) {
                    types[y + 1] = types[y];
                    minutes[y + 1] = minutes[y];
                    y--;
                }
                types[y + 1] = ty;
                minutes[y + 1] = mi;
            }
            int m = 0;
            for (int x = 0; x < k; x++) {
                if (x > 0 && types[x] == types[x - 1]) {
                    laterRow[later] = o;
                    laterStep[later] = (byte) types[x];
                    laterMinute[later++] = minutes[x];
                    continue;
                }
                m |= 1 << types[x];
                entries[p++] = minutes[x];
            }
            mask[i] = m;
        }
        if ((n & ((1 << CaseSteps.BLOCK_BITS) - 1)) == 0) blockStart[n >>> CaseSteps.BLOCK_BITS] = p;
        stepHead = null;
        stepNext = null;
        stepType = null;
        stepMinute = null;
        repeatsOut[0] = StepRepeats.build(later, laterRow, laterStep, laterMinute, newRow);
        return new CaseSteps(mask, blockStart, rel, entries);
    }

    static int closingKey(int closedDay) {
        return closedDay == Times.NONE ? Integer.MAX_VALUE : closedDay;
    }

    /** Row in the built table of a row handed out by {@link #addCase}. */
    public int newRow(int builderRow) {
        return newRow[builderRow];
    }

    private static int[] permute(int[] col, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = col[order[i]];
        return out;
    }

    private static long[] permute(long[] col, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) out[i] = col[order[i]];
        return out;
    }

    private static byte[] permute(byte[] col, int[] order) {
        byte[] out = new byte[order.length];
        for (int i = 0; i < order.length; i++) out[i] = col[order[i]];
        return out;
    }

    /**
     * Room for about this many cases at once (a reader that knows the size of its file): growing by half copies every
     * column, and at 10,000,000 cases the old and the new columns (about 1.3 GB) were live together, the new a third
     * larger than needed. A short guess grows as before; a long one costs only the spare room until {@link #build()}.
     */
    public void expect(int cases) {
        if (size == 0 && cases > capacity) resize(Math.min(Integer.MAX_VALUE - 8, cases));
    }

    private void ensureCapacity(int n) {
        if (n <= capacity) return;
        resize((int) Math.min(Integer.MAX_VALUE - 8, Math.max(n, capacity + (capacity >> 1))));
    }

    private void resize(int cap) {
        capacity = cap;
        number = Arrays.copyOf(number, cap);
        type = Arrays.copyOf(type, cap);
        court = Arrays.copyOf(court, cap);
        filed = Arrays.copyOf(filed, cap);
        closed = Arrays.copyOf(closed, cap);
        method = Arrays.copyOf(method, cap);
        category = Arrays.copyOf(category, cap);
        applied = Arrays.copyOf(applied, cap);
        delivered = Arrays.copyOf(delivered, cap);
        judge.grow(cap);
        assistant.grow(cap);
        clerk.grow(cap);
        flags = Arrays.copyOf(flags, cap);
        extended = Arrays.copyOf(extended, cap);
        stepHead = Arrays.copyOf(stepHead, cap);
    }
}
