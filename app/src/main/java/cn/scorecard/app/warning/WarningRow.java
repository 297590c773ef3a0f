package cn.scorecard.app.warning;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.warning.Warning;
import cn.scorecard.core.warning.WarningKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** One warning as the page shows it and the API returns it: court and officers by code and name. */
@Schema(description = "一条预警：某案件某期限规则即将到期或已超期")
record WarningRow(
        @Schema(description = "案号", example = "（2025）江0102执322号") String caseNumber,
        @Schema(description = "法院代码", example = "江0102") String courtCode,
        @Schema(description = "法院名称") String courtName,
        @Schema(description = "预警规则编号（rules/deadlines.yaml 的规则 id，或 payment_release、statutory_period、long_pending）",
                example = "assessment_report_served") String rule,
        @Schema(description = "规则全称") String ruleName,
        @Schema(description = "规则简称") String ruleShortName,
        @Schema(description = "状态：DUE_SOON 即将到期，OVERDUE 已超期") String status,
        @Schema(description = "状态（中文）", example = "即将到期") String statusLabel,
        @Schema(description = "起算时间") LocalDateTime start,
        @Schema(description = "期限内的最后一分钟（按日计算的规则为最后一日 23:59）") LocalDateTime due,
        @Schema(description = "期限（显示用：日期，按小时计算的规则为日期和时间）", example = "2024-10-10") String dueLabel,
        @Schema(description = "剩余时间（单位见 unit）；已超期时为负数，表示已超期的时长", example = "2") int timeLeft,
        @Schema(description = "剩余时间的单位：DAYS 日，WORKDAYS 工作日，HOURS 小时") String unit,
        @Schema(description = "剩余时间（中文）", example = "剩余 2 个工作日") String timeLeftLabel,
        @Schema(description = "承办法官") Officer judge,
        @Schema(description = "法官助理") Officer assistant,
        @Schema(description = "书记员") Officer clerk,
        @Schema(description = "起算事由", example = "评估报告收到 2024-09-27 10:00") String detail) {

    @Schema(description = "干警")
    record Officer(@Schema(description = "人员编号", example = "江0102-001") String id,
                   @Schema(description = "姓名") String name) {
    }

    static WarningRow of(ProvinceData data, Warning w, WarningKind kind) {
        Court court = data.courts().get(w.court());
        return new WarningRow(w.caseNumber(), court.code(), court.name(), w.ruleId(), w.ruleName(), kind.shortName(),
                w.status().name(), w.status().label(), w.start(), w.due(), w.dueLabel(), w.timeLeft(), w.unit().name(),
                w.timeLeftLabel(), officer(data, w.judge()), officer(data, w.assistant()), officer(data, w.clerk()),
                w.detail());
    }

    private static Officer officer(ProvinceData data, int index) {
        if (index < 0 || index >= data.staff().size()) return null;
        StaffMember m = data.staff().get(index);
        return new Officer(m.id(), m.name());
    }

    public boolean overdue() {
        return "OVERDUE".equals(status);
    }

    /** Bootstrap badge colour: red once overdue, orange on the last day, yellow before. */
    public String badge() {
        if (overdue()) return "text-bg-danger";
        return timeLeft == 0 ? "text-bg-warning border border-danger" : "text-bg-warning";
    }
}
