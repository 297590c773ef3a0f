package cn.scorecard.core.io;

import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import java.util.List;

/**
 * 流程节点.csv: checks each row for its kind (single steps, 执行款到账, 强制执行行动, 扣除期间, 延长期限) and hands
 * it on as written; {@link StepEffects} turns rows into case-table columns, payments and field actions.
 */
final class StepFileReader {
    static final CsvSpec SPEC = new CsvSpec("流程节点.csv", "法院代码*", "案号*", "节点*", "时间*", "结束时间", "标志:200", "金额", "说明:500");
    static final int COURT = 0, NUMBER = 1, KIND = 2, TIME = 3, END = 4, MARK = 5, AMOUNT = 6, NOTE = 7;

    private static final Choices<StepType> SINGLE = new Choices<>(StepType::parse, "未知的流程节点");

    private StepFileReader() {
    }

    static void read(ReadContext ctx, List<TableInput> inputs) {
        SheetReader.read(inputs, RecordType.STEPS, ctx, r -> {
            String court = ctx.court(r, COURT);
            KnownKeys.CaseState state = ctx.caseState(r, court, NUMBER);
            String kind = r.optional(KIND);
            int minute = r.minute(TIME);
            if (kind == null) return;
            StepType single = null;
            long amount = kind.equals(StepEffects.PAYMENT) ? r.fen(AMOUNT) : -1; // other kinds carry no amount
            int end = switch (kind) { // the repeated kinds first: StepType.parse would throw for each of them
                case StepEffects.PAYMENT -> payment(r, minute);
                case StepEffects.FIELD_ACTION -> Times.NONE;
                case StepEffects.DEDUCTION -> deduction(r, minute);
                case StepEffects.EXTENSION -> extension(r, minute);
                default -> {
                    single = SINGLE.get(kind);
                    if (single == null) r.error(KIND, SINGLE.unknownReason());
                    yield Times.NONE;
                }
            };
            if (single != null || !kind.equals(StepEffects.EXTENSION)) checkMark(r, kind, single);
            if (single != null) kind = single.label(); // stored as the label whichever spelling the file used
            if (state == KnownKeys.CaseState.UNKNOWN || minute == Times.NONE || r.hasErrors() || !ctx.emitting()) return;
            String mark = r.text(MARK);
            String note = r.text(NOTE);
            ctx.sink.step(new Rows.Step(court, CsvFiles.normalizeCaseNumber(r.text(NUMBER)), kind, minute, end,
                    mark.isEmpty() ? null : mark, amount, note.isEmpty() ? null : note));
        });
    }

    /**
     * 标志 carries a documented word for a few kinds only (docs/data-format.md); any other text would be
     * ignored by the evaluation, so it is refused. 延长期限's days are checked with its interval.
     */
    private static void checkMark(CsvRow r, String kind, StepType single) {
        String mark = r.text(MARK);
        if (mark.isEmpty()) return;
        String allowed = single == StepType.AUCTION_START ? "网络"
                : single == StepType.OFFLINE_PROPERTY_FOUND ? "异地"
                : kind.equals(StepEffects.PAYMENT) ? "经审批" : null;
        if (kind.equals(StepEffects.FIELD_ACTION)) {
            for (String word : mark.split("[、,，]")) {
                if (!word.strip().equals("执法记录仪") && !word.strip().equals("已归档")) {
                    r.error(MARK, "未知的标志（强制执行行动的标志为 执法记录仪、已归档 或留空）");
                    return;
                }
            }
        } else if (allowed == null) {
            if (single != null || kind.equals(StepEffects.DEDUCTION)) r.error(MARK, "该节点没有标志，应留空");
        } else if (!mark.equals(allowed)) {
            r.error(MARK, "未知的标志（" + (single != null ? single.label() : kind) + "的标志为 " + allowed + " 或留空）");
        }
    }

    /** The release minute of a payment, checked. */
    private static int payment(CsvRow r, int minute) {
        int released = r.minute(END);
        if (!r.has(AMOUNT)) r.error(AMOUNT, "执行款到账必须填写金额");
        if (minute != Times.NONE && released != Times.NONE && released < minute) r.error(END, "发放时间早于到账时间");
        return released;
    }

    /** The end of a deducted interval as a minute (its day at 00:00), checked; NONE while it runs. */
    private static int deduction(CsvRow r, int minute) {
        int end = r.day(END);
        int start = minute == Times.NONE ? Times.NONE : Times.dayOfMinute(minute);
        if (start != Times.NONE && end != Times.NONE && end < start) r.error(END, "结束时间早于开始时间");
        return end == Times.NONE ? Times.NONE : end * Times.MINUTES_PER_DAY;
    }

    private static int extension(CsvRow r, int minute) {
        int end = r.day(END);
        int start = minute == Times.NONE ? Times.NONE : Times.dayOfMinute(minute);
        String mark = r.text(MARK);
        int markDays = StepEffects.markDays(mark);
        if (!mark.isEmpty() && markDays <= 0) {
            r.error(MARK, "延长天数应为正整数");
        } else if (end != Times.NONE) {
            if (start != Times.NONE && end < start) {
                r.error(END, "结束时间早于开始时间");
            } else if (start != Times.NONE && markDays > 0 && markDays != end - start + 1) {
                r.error(MARK, "延长天数与起止时间不一致（起止时间为" + (end - start + 1) + "天）");
            }
        } else if (markDays <= 0 && !r.has(END)) {
            r.error(END, "延长期限需填写结束时间，或在标志中填写延长天数");
        }
        return end == Times.NONE ? Times.NONE : end * Times.MINUTES_PER_DAY;
    }
}
