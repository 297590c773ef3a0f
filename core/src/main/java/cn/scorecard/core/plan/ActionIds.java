package cn.scorecard.core.plan;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Matter;
import cn.scorecard.core.data.Payment;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.metric.EvaluationContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads actions back from their ids ({@link Action#id()}), for what-if and saved scenarios, and makes the ids of the
 * actions a user enters by hand ("close case X on date D by method M", "step S done at T"). The case, petition or
 * matter must belong to the court; a bad id is refused with the part that is wrong.
 */
public final class ActionIds {
    private ActionIds() {
    }

    public static String close(String caseNumber, LocalDate day, ClosingMethod method) {
        return "close|" + caseNumber.trim() + "|" + day + "|" + (method == null ? "" : method.name());
    }

    public static String step(String caseNumber, StepType step, LocalDateTime at) {
        return "step|" + caseNumber.trim() + "|" + step.name() + "|" + at.withSecond(0).withNano(0);
    }

    public static List<Action> parse(List<String> ids, EvaluationContext ctx, int court) {
        List<Action> out = new ArrayList<>();
        for (String id : ids) out.add(parse(id, ctx, court));
        return out;
    }

    public static Action parse(String id, EvaluationContext ctx, int court) {
        String[] f = id == null ? new String[0] : id.split("\\|", -1);
        if (f.length < 3) throw new IllegalArgumentException("无法识别的模拟操作: " + id);
        try {
            return switch (f[0]) {
                case "close" -> {
                    int row = row(ctx, court, f[1]);
                    int day = Times.day(LocalDate.parse(f[2]));
                    ClosingMethod m = f.length < 4 || f[3].isBlank() ? null : ClosingMethod.parse(f[3]);
                    yield new Action(ActionKind.CLOSE_CASE, row, f[1], null, m, day, Times.NONE, day,
                            ctx.cases().judge(row), null);
                }
                case "step" -> {
                    if (f.length < 4) throw new IllegalArgumentException("模拟操作缺少时间: " + id);
                    int row = row(ctx, court, f[1]);
                    int minute = Times.minute(LocalDateTime.parse(f[3]));
                    yield new Action(ActionKind.DO_STEP, row, f[1], StepType.parse(f[2]), null,
                            Times.dayOfMinute(minute), minute, Times.dayOfMinute(minute), ctx.cases().judge(row), null);
                }
                case "petition" -> {
                    int i = petition(ctx, court, f[1]);
                    int day = Times.day(LocalDate.parse(f[2]));
                    yield new Action(ActionKind.CONCLUDE_PETITION, i, f[1], null, null, day, Times.NONE, day,
                            ctx.data().petitions().get(i).staff(), null);
                }
                case "matter" -> {
                    int i = matter(ctx, court, f[1]);
                    int day = Times.day(LocalDate.parse(f[2]));
                    yield new Action(ActionKind.CONCLUDE_MATTER, i, f[1], null, null, day, Times.NONE, day,
                            ctx.data().matters().get(i).staff(), null);
                }
                case "payment" -> {
                    if (f.length < 4) throw new IllegalArgumentException("模拟操作缺少发放时间: " + id);
                    int i = payment(ctx, court, f[1], Times.minute(LocalDateTime.parse(f[2])));
                    int minute = Times.minute(LocalDateTime.parse(f[3]));
                    int row = ctx.data().payments().get(i).caseRow();
                    yield new Action(ActionKind.RELEASE_PAYMENT, i, f[1], null, null, Times.dayOfMinute(minute), minute,
                            Times.dayOfMinute(minute), ctx.cases().judge(row), "payment_release",
                            ctx.data().payments().get(i).arrivedMinute());
                }
                default -> throw new IllegalArgumentException("未知的模拟操作类型: " + f[0]);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("模拟操作的日期或时间无效: " + e.getParsedString());
        }
    }

    private static int row(EvaluationContext ctx, int court, String number) {
        CaseTable t = ctx.cases();
        String n = number.trim();
        for (int r = t.courtStart(court), end = t.courtEnd(court); r < end; r++) {
            if (t.number(r).equals(n)) return r;
        }
        throw new IllegalArgumentException("本院没有案号为 " + number + " 的案件");
    }

    private static int payment(EvaluationContext ctx, int court, String number, int arrived) {
        List<Payment> all = ctx.data().payments();
        String n = number.trim();
        for (int i : ctx.paymentIndexesOf(court)) {
            Payment p = all.get(i);
            if (p.arrivedMinute() == arrived && ctx.cases().number(p.caseRow()).equals(n)) return i;
        }
        throw new IllegalArgumentException("本院没有案号为 " + number + "、到账时间为 " + Times.dateTime(arrived) + " 的执行款");
    }

    private static int petition(EvaluationContext ctx, int court, String id) {
        List<Petition> all = ctx.data().petitions();
        for (int i : ctx.petitionsOf(court)) {
            if (all.get(i).id().equals(id)) return i;
        }
        throw new IllegalArgumentException("本院没有编号为 " + id + " 的信访");
    }

    private static int matter(EvaluationContext ctx, int court, String id) {
        List<Matter> all = ctx.data().matters();
        for (int i : ctx.mattersOf(court)) {
            if (all.get(i).id().equals(id)) return i;
        }
        throw new IllegalArgumentException("本院没有编号为 " + id + " 的事项");
    }
}
