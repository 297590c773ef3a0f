package cn.scorecard.core.cases;


/**
 * All cases of a data set in columns, sorted by court, so that one court's cases are the contiguous rows
 * {@code [courtStart(c), courtEnd(c))}. A metric visits a court's rows once over primitive arrays; an
 * explanation is a set of row numbers. Rows are immutable after building.
 */
public final class CaseTable {
    private static final CaseType[] TYPES = CaseType.values();
    private static final ClosingMethod[] METHODS = ClosingMethod.values();
    private static final byte TERMINATION = (byte) ClosingMethod.TERMINATED_THIS_ROUND.ordinal();
    private static final byte FULFILLED = (byte) ClosingMethod.FULFILLED.ordinal();
    private static final CaseCategory[] CATEGORIES = CaseCategory.values();
    final int size;
    /** 案号 as numbers with the court prefixes shared. */
    final CaseNumbers number;
    final byte[] type;
    /** End of each court's rows in the built order (also in a {@link #rowView}, which narrows {@link #courtEnd}). */
    final int[] courtRowEnd;
    final int[] filed;
    final int[] closed;
    final byte[] method;
    final byte[] category;
    final long[] applied;
    final long[] delivered;
    final IndexColumn judge;
    final IndexColumn assistant;
    final IndexColumn clerk;
    final int[] flags;
    final int[] deductedDays;
    final int[] extendedDays;
    /** The first occurrence of every step of every case, packed by row. */
    final CaseSteps steps;
    /** In a {@link CaseScratch}'s copy, the step columns changed there (dense), else null. */
    final int[][] changedSteps;
    /** Occurrences of repeatable steps after the first, sparse. */
    final StepRepeats repeats;
    /** The recorded deducted intervals and extensions with their reasons, sparse (explanations only). */
    final PeriodAdjustments adjustments;
    final int[] courtStart;
    final int[] courtEnd;
    /** End of each court's block of first-enforcement rows (they come first, sorted by closing day, open last). */
    final int[] firstEnd;
    /** 法定期限届满日 after deductions and extensions, derived once at build (the case-flow system keeps it too). */
    final int[] statutoryDeadline;
    /** The absolute 6/12-month period's last day. */
    final int[] absoluteDeadline;
    /** The periods (rules/periods.yaml) the two deadline columns were derived with. */
    final PeriodRules periods;
    /** False in a {@link CaseScratch}'s copy, whose closings may break the order by closing day. */
    final boolean closingOrderKept;

    /** Rows sorted by court ({@code courtRowEnd[c]} the end of court c's rows), then by type and closing day. */
    CaseTable(int size, CaseNumbers number, byte[] type, int[] courtRowEnd, int[] filed, int[] closed, byte[] method,
              byte[] category, long[] applied, long[] delivered, IndexColumn judge, IndexColumn assistant,
              IndexColumn clerk, int[] flags, int[] deductedDays, int[] extendedDays, CaseSteps steps,
              StepRepeats repeats, PeriodAdjustments adjustments) {
        this(size, number, type, courtRowEnd, filed, closed, method, category, applied, delivered, judge, assistant, clerk,
                flags, deductedDays, extendedDays, steps, repeats, adjustments, PeriodRules.bundled());
    }

    /** The same under the given periods (rules/periods.yaml), from which the two deadline columns are derived. */
    CaseTable(int size, CaseNumbers number, byte[] type, int[] courtRowEnd, int[] filed, int[] closed, byte[] method,
              byte[] category, long[] applied, long[] delivered, IndexColumn judge, IndexColumn assistant,
              IndexColumn clerk, int[] flags, int[] deductedDays, int[] extendedDays, CaseSteps steps,
              StepRepeats repeats, PeriodAdjustments adjustments, PeriodRules periods) {
        this.size = size;
        this.number = number;
        this.type = type;
        this.courtRowEnd = courtRowEnd;
        this.filed = filed;
        this.closed = closed;
        this.method = method;
        this.category = category;
        this.applied = applied;
        this.delivered = delivered;
        this.judge = judge;
        this.assistant = assistant;
        this.clerk = clerk;
        this.flags = flags;
        this.deductedDays = deductedDays;
        this.extendedDays = extendedDays;
        this.steps = steps;
        this.changedSteps = null;
        this.repeats = repeats;
        this.adjustments = adjustments;
        int courtCount = courtRowEnd.length;
        if (courtCount == 0 ? size != 0 : courtRowEnd[courtCount - 1] != size) {
            throw new IllegalStateException("cases are not sorted by court");
        }
        this.courtStart = new int[courtCount];
        this.courtEnd = courtRowEnd.clone();
        for (int c = 0; c < courtCount; c++) {
            courtStart[c] = c == 0 ? 0 : courtRowEnd[c - 1];
            if (courtEnd[c] < courtStart[c]) throw new IllegalStateException("cases are not sorted by court");
        }
        this.firstEnd = new int[courtCount];
        int first = CaseType.FIRST_ENFORCEMENT.ordinal();
        for (int c = 0; c < courtCount; c++) {
            int r = courtStart[c];
            while (r < courtEnd[c] && type[r] == first) r++;
            firstEnd[c] = r;
        }
        this.periods = periods;
        this.statutoryDeadline = new int[size];
        this.absoluteDeadline = new int[size];
        deriveDeadlines(periods, filed, flags, extendedDays, deductedDays, statutoryDeadline, absoluteDeadline);
        this.closingOrderKept = true;
    }

    private static void deriveDeadlines(PeriodRules periods, int[] filed, int[] flags, int[] extendedDays, int[] deductedDays,
                                        int[] statutory, int[] absolute) {
        int online = CaseFlag.ONLINE_AUCTION.bit();
        for (int r = 0; r < filed.length && r < statutory.length; r++) {
            statutory[r] = StatutoryPeriod.deadline(periods, filed[r], extendedDays[r], deductedDays[r]);
            absolute[r] = StatutoryPeriod.absoluteDeadline(periods, filed[r], (flags[r] & online) != 0);
        }
    }

    /**
     * The same cases under other periods (a rules file that is not the bundled one): every column shared except the
     * two deadline columns, derived again.
     */
    public CaseTable withPeriods(PeriodRules rules) {
        return rules.equals(periods) ? this : new CaseTable(this, rules);
    }

    private CaseTable(CaseTable base, PeriodRules rules) {
        this.size = base.size;
        this.number = base.number;
        this.type = base.type;
        this.courtRowEnd = base.courtRowEnd;
        this.filed = base.filed;
        this.closed = base.closed;
        this.method = base.method;
        this.category = base.category;
        this.applied = base.applied;
        this.delivered = base.delivered;
        this.judge = base.judge;
        this.assistant = base.assistant;
        this.clerk = base.clerk;
        this.flags = base.flags;
        this.deductedDays = base.deductedDays;
        this.extendedDays = base.extendedDays;
        this.steps = base.steps;
        this.changedSteps = base.changedSteps;
        this.repeats = base.repeats;
        this.adjustments = base.adjustments;
        this.courtStart = base.courtStart;
        this.courtEnd = base.courtEnd;
        this.firstEnd = base.firstEnd;
        this.periods = rules;
        this.statutoryDeadline = new int[size];
        this.absoluteDeadline = new int[size];
        deriveDeadlines(rules, filed, flags, extendedDays, deductedDays, statutoryDeadline, absoluteDeadline);
        this.closingOrderKept = base.closingOrderKept;
    }

    /** The periods the deadline columns were derived with. */
    public PeriodRules periods() { return periods; }

    /**
     * A copy for hypothetical changes (what-if): its own closing date, method and delivered amount columns and room
     * for changed step columns, every other column shared with {@code base}. Rows keep their numbers, so payments,
     * overrides and explanations stay valid; the rows are no longer known to be ordered by closing day.
     */
    CaseTable(CaseTable base) {
        this(base, base.closed.clone(), base.method.clone(), base.delivered.clone(),
                base.changedSteps == null ? new int[StepType.values().length][] : base.changedSteps.clone(),
                base.courtStart, base.courtEnd, base.firstEnd);
    }

    /**
     * The same table seen as if the row's court had that one case only (every column shared): a metric computed on it
     * gives the row's own part of a sum over the court's cases, so a what-if of one changed case can add the part
     * after the change minus the part before to the court's numerator and denominator.
     */
    public CaseTable rowView(int row) {
        int c = court(row);
        int[] start = courtStart.clone();
        int[] end = courtEnd.clone();
        int[] first = firstEnd.clone();
        start[c] = row;
        end[c] = row + 1;
        first[c] = row < firstEnd[c] ? row + 1 : row;
        return new CaseTable(this, closed, method, delivered, changedSteps, start, end, first);
    }

    private CaseTable(CaseTable base, int[] closed, byte[] method, long[] delivered, int[][] changedSteps,
                      int[] courtStart, int[] courtEnd, int[] firstEnd) {
        this.size = base.size;
        this.number = base.number;
        this.type = base.type;
        this.courtRowEnd = base.courtRowEnd;
        this.filed = base.filed;
        this.closed = closed;
        this.method = method;
        this.category = base.category;
        this.applied = base.applied;
        this.delivered = delivered;
        this.judge = base.judge;
        this.assistant = base.assistant;
        this.clerk = base.clerk;
        this.flags = base.flags;
        this.deductedDays = base.deductedDays;
        this.extendedDays = base.extendedDays;
        this.steps = base.steps;
        this.changedSteps = changedSteps;
        this.repeats = base.repeats;
        this.adjustments = base.adjustments;
        this.courtStart = courtStart;
        this.courtEnd = courtEnd;
        this.firstEnd = firstEnd;
        this.periods = base.periods;
        this.statutoryDeadline = base.statutoryDeadline;
        this.absoluteDeadline = base.absoluteDeadline;
        this.closingOrderKept = false;
    }

    /** Whether a court's first-enforcement rows are ordered by closing day (false in a what-if copy). */
    public boolean closingOrderKept() { return closingOrderKept; }

    /** End of the court's block of first-enforcement rows, which begins at {@link #courtStart(int)}. */
    public int firstEnforcementEnd(int courtIndex) { return firstEnd[courtIndex]; }

    public int size() { return size; }
    public int courtStart(int courtIndex) { return courtStart[courtIndex]; }
    public int courtEnd(int courtIndex) { return courtEnd[courtIndex]; }
    public String number(int row) { return number.get(row); }
    public CaseType type(int row) { return TYPES[type[row]]; }
    public int typeOrdinal(int row) { return type[row]; }
    public int court(int row) {
        if (row < 0 || row >= size) throw new ArrayIndexOutOfBoundsException(row);
        int lo = 0;
        int hi = courtRowEnd.length - 1;
        while (lo < hi) { // the first court whose rows end after the row
            int mid = (lo + hi) >>> 1;
            if (courtRowEnd[mid] > row) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
    /** Filing date (立案日期) as an epoch day. */
    public int filed(int row) { return filed[row]; }
    /** Closing date (结案日期) as an epoch day, or {@link Times#NONE} while open. */
    public int closed(int row) { return closed[row]; }
    public boolean isClosed(int row) { return closed[row] != Times.NONE; }
    /** 结案方式 ordinal, or -1 while open or unknown. */
    public int methodOrdinal(int row) { return method[row]; }
    public ClosingMethod method(int row) { return method[row] < 0 ? null : METHODS[method[row]]; }
    /** Closed by 终结本次执行程序 (终本). */
    public boolean isTermination(int row) { return method[row] == TERMINATION; }
    /** Closed, and not by 终本: 实际执结 ({@link ClosingMethod#isActualClosure}). */
    public boolean isActualClosure(int row) { return closed[row] != Times.NONE && method[row] != TERMINATION; }
    /** Closed by 执行完毕. */
    public boolean isFulfilled(int row) { return method[row] == FULFILLED; }
    public CaseCategory category(int row) { return category[row] < 0 ? null : CATEGORIES[category[row]]; }
    /** 申请标的额 in fen (分), or -1 when not recorded. */
    public long applied(int row) { return applied[row]; }
    /** 到位金额 in fen (分), or -1 when not recorded. */
    public long delivered(int row) { return delivered[row]; }
    public int judge(int row) { return judge.get(row); }
    public int assistant(int row) { return assistant.get(row); }
    public int clerk(int row) { return clerk.get(row); }
    public boolean has(int row, CaseFlag flag) { return (flags[row] & flag.bit()) != 0; }
    /** Days deducted from the statutory period (扣除期间, overlapping intervals counted once). */
    public int deductedDays(int row) { return deductedDays[row]; }
    /** Days the statutory period was extended by approval (延长期限). */
    public int extendedDays(int row) { return extendedDays[row]; }
    /** The case's deducted intervals and extensions as recorded, with their reasons (empty for most cases). */
    public java.util.List<PeriodAdjustment> adjustments(int row) { return adjustments.of(row); }

    /**
     * The rows {@code [from, to)} of the court's first-enforcement cases closed between two days (inclusive),
     * found by binary search: they are contiguous because rows are clustered by type and closing day.
     */
    public int[] firstEnforcementClosedBetween(int court, int fromDay, int toDay) {
        int lo = lowerBound(courtStart[court], firstEnd[court], fromDay);
        int hi = lowerBound(lo, firstEnd[court], toDay + 1);
        return new int[] {lo, hi};
    }

    /** The rows of the court's first-enforcement cases closed after a day or still open (the block's tail). */
    public int[] firstEnforcementOpenAfter(int court, int day) {
        return new int[] {lowerBound(courtStart[court], firstEnd[court], day + 1), firstEnd[court]};
    }

    private int lowerBound(int lo, int hi, int day) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CaseTableBuilder.closingKey(closed[mid]) < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Last day of the statutory period ({@link PeriodRules#statutoryMonths} + extensions + deducted days). */
    public int statutoryDeadline(int row) { return statutoryDeadline[row]; }
    /** Last day of the absolute period ({@link PeriodRules#absoluteMonths(boolean)}: 6 months, 12 with an online auction). */
    public int absoluteDeadline(int row) { return absoluteDeadline[row]; }
    public int[] statutoryDeadlineColumn() { return statutoryDeadline; }
    public int[] absoluteDeadlineColumn() { return absoluteDeadline; }

    /** Minute of the first occurrence of a step, or {@link Times#NONE}. */
    public int step(int row, StepType step) {
        int s = step.ordinal();
        if (changedSteps != null && changedSteps[s] != null) return changedSteps[s][row];
        return steps.get(row, s);
    }

    /**
     * Minute of the first occurrence of a step at or after {@code fromMinute}, or {@link Times#NONE}: the step that
     * answers a trigger at that minute. Every occurrence of a repeatable step is searched; of a single step only
     * the first is known.
     */
    public int stepAtOrAfter(int row, StepType step, int fromMinute) {
        int first = step(row, step);
        if (first == Times.NONE || first >= fromMinute) return first;
        return step.repeatable() ? repeats.atOrAfter(step.ordinal(), row, fromMinute) : Times.NONE;
    }

    /** The occurrences of a repeatable step after its first one, ascending (empty for most cases and single steps). */
    public int[] laterSteps(int row, StepType step) {
        return repeats.of(step.ordinal(), row);
    }

    public boolean hasStep(int row, StepType step) {
        return step(row, step) != Times.NONE;
    }

    /**
     * A step's minutes as a column indexed by row, {@link Times#NONE} where a case does not have it (null when no case
     * has it). The steps are stored packed by case, not as columns: this is a new array on every call (one pass over
     * the steps), to be read, not written; {@link #step} reads one case's step without it.
     */
    public int[] stepColumn(StepType step) {
        int s = step.ordinal();
        if (changedSteps != null && changedSteps[s] != null) return changedSteps[s].clone();
        return steps.column(s);
    }

    // Raw columns for tight loops in metrics: read-only by convention.
    public byte[] typeColumn() { return type; }
    public int[] filedColumn() { return filed; }
    public int[] closedColumn() { return closed; }
    public byte[] methodColumn() { return method; }
    public byte[] categoryColumn() { return category; }
    public long[] appliedColumn() { return applied; }
    public long[] deliveredColumn() { return delivered; }
    public int[] flagsColumn() { return flags; }
    public int[] deductedColumn() { return deductedDays; }
    public int[] extendedColumn() { return extendedDays; }
}
