package cn.scorecard.app.staff.api;

import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.staff.objections.Objection;
import cn.scorecard.app.staff.versions.ScoreAdjustment;
import cn.scorecard.app.staff.versions.StaffMonths;
import cn.scorecard.app.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON bodies of the staff API. */
final class ApiViews {
    private ApiViews() {
    }

    @Schema(description = "结果版本；id 为空表示尚未生成版本、按当前数据实时计算（仅考核领导小组和管理员可见）")
    record Version(Long id, Integer versionNo, String status, String statusLabel, LocalDateTime publishedAt, String note) {
        static Version of(StaffMonths.Shown shown) {
            ResultRun r = shown.run();
            if (r == null) return new Version(null, null, "PREVIEW", Messages.text("staffApi.preview"), null, null);
            return new Version(r.id(), r.versionNo(), r.superseded() ? "SUPERSEDED" : r.status().name(), r.statusLabel(), r.publishedAt(), r.note());
        }
    }

    @Schema(description = "某人某月的考核结果")
    record PersonMonth(String month, String court, Version version, StaffSnapshot.Person result) {
    }

    @Schema(description = "某法院某月的考核排名、团队排名、约谈名单与问责名单")
    record CourtMonth(String month, String court, String courtName, Version version, List<StaffSnapshot.Person> people,
                      List<StaffSnapshot.Team> teams, List<StaffSnapshot.InterviewDue> interviews,
                      List<StaffSnapshot.Person> accountable) {
    }

    @Schema(description = "异议及复核决定（予以采纳时含得分调整）")
    record ObjectionDetail(Objection objection, List<ScoreAdjustment> adjustments) {
    }

}
