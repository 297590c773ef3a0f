package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import java.util.Arrays;

/**
 * One case being generated: a single instance is reused for every case, so a million cases create no
 * per-case objects besides their case numbers. Events are planned on the full timeline; those after the
 * evaluation end ({@link #cutoffMinute}) are silently not recorded, which is what the data would show on
 * that day.
 */
final class CaseDraft {
    static final int MAX_EVENTS = 8;

    int court;
    CaseType type;
    double quality;
    int filedDay;
    int filedMinute;
    int cutoffDay;
    int cutoffMinute;

    /** Planned closing on the full timeline; the case is open when it is after the cutoff. */
    int closingDay;
    ClosingMethod method;
    CaseCategory category;
    long applied;
    long delivered;
    boolean deliveredRecorded;
    /** Property profile decided by the outcome model, read by the step generators. */
    boolean assets;
    boolean onlineAssets;
    boolean assessment;
    boolean auction;
    /** The one 终本 requirement a sloppy 终本 case lacks, or null: non-compliance comes in single gaps. */
    StepType omitted;
    int flags;
    int extensionDays;

    final int[] steps = new int[StepType.values().length];
    /** Later occurrences of repeatable steps (a 终本 search after the one answering a clue, …). */
    final StepType[] repeatStep = new StepType[MAX_EVENTS];
    final int[] repeatMinute = new int[MAX_EVENTS];
    int repeats;
    final int[] deductionStart = new int[MAX_EVENTS];
    final int[] deductionEnd = new int[MAX_EVENTS];
    final String[] deductionReason = new String[MAX_EVENTS];
    int deductions;
    final int[] paymentArrived = new int[MAX_EVENTS];
    final int[] paymentReleased = new int[MAX_EVENTS];
    final boolean[] paymentApproved = new boolean[MAX_EVENTS];
    final long[] paymentAmount = new long[MAX_EVENTS];
    int payments;
    final int[] actionMinute = new int[MAX_EVENTS];
    final boolean[] actionRecorder = new boolean[MAX_EVENTS];
    final boolean[] actionArchived = new boolean[MAX_EVENTS];
    int actions;

    void reset(int court, CaseType type, double quality, int filedDay, int filedMinute) {
        this.court = court;
        this.type = type;
        this.quality = quality;
        this.filedDay = filedDay;
        this.filedMinute = filedMinute;
        closingDay = Times.NONE;
        method = null;
        category = null;
        applied = -1;
        delivered = -1;
        deliveredRecorded = true;
        assets = false;
        onlineAssets = false;
        assessment = false;
        auction = false;
        omitted = null;
        flags = 0;
        extensionDays = 0;
        Arrays.fill(steps, Times.NONE);
        repeats = 0;
        deductions = 0;
        payments = 0;
        actions = 0;
    }

    void cutoff(int day) {
        cutoffDay = day;
        cutoffMinute = (day + 1) * Times.MINUTES_PER_DAY - 1;
    }

    /**
     * A step at a minute; never before filing, not recorded after the cutoff. The earliest is kept, and for a
     * repeatable step the later ones too (as the case table keeps them).
     */
    void step(StepType step, int minute) {
        int m = afterFiling(minute);
        if (m > cutoffMinute) return;
        int i = step.ordinal();
        int first = steps[i];
        if (first == Times.NONE || m < first) steps[i] = m;
        if (first != Times.NONE && m != first && step.repeatable() && repeats < MAX_EVENTS) {
            repeatStep[repeats] = step;
            repeatMinute[repeats++] = Math.max(first, m);
        }
    }

    /**
     * A step planned before the filing hour happens at the filing minute: moving it any later could put it after
     * a step planned after it (a control after its finding), and steps of a chain keep their order.
     */
    private int afterFiling(int minute) {
        return Math.max(minute, filedMinute);
    }

    int step(StepType step) {
        return steps[step.ordinal()];
    }

    void flag(CaseFlag flag) {
        flags |= flag.bit();
    }

    boolean has(CaseFlag flag) {
        return (flags & flag.bit()) != 0;
    }

    /** A deducted interval with its reason (公告, 评估 …); one still running at the cutoff has no end yet. */
    void deduction(int startDay, int endDay, String reason) {
        if (startDay > cutoffDay || deductions == MAX_EVENTS) return;
        deductionReason[deductions] = reason;
        deductionStart[deductions] = startDay;
        deductionEnd[deductions] = endDay > cutoffDay ? Times.NONE : endDay;
        deductions++;
    }

    void payment(int arrivedMinute, int releasedMinute, boolean approved, long amount) {
        if (arrivedMinute > cutoffMinute || payments == MAX_EVENTS) return;
        paymentArrived[payments] = Math.max(arrivedMinute, filedMinute);
        paymentReleased[payments] = releasedMinute > cutoffMinute ? Times.NONE : releasedMinute;
        paymentApproved[payments] = approved && releasedMinute <= cutoffMinute;
        paymentAmount[payments] = amount;
        payments++;
    }

    void fieldAction(int minute, boolean recorder, boolean archived) {
        if (minute > cutoffMinute || actions == MAX_EVENTS) return;
        actionMinute[actions] = Math.max(minute, filedMinute);
        actionRecorder[actions] = recorder;
        actionArchived[actions] = archived;
        actions++;
    }

    boolean closesByCutoff() {
        return closingDay != Times.NONE && closingDay <= cutoffDay;
    }

    /** Moves the planned closing to {@code day} when that is later. */
    void closeNoEarlierThan(int day) {
        if (day > closingDay) closingDay = day;
    }

    /** Days from filing to the planned closing. */
    int duration() {
        return closingDay - filedDay;
    }
}
