package cn.scorecard.app.staff.objections;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The assessment group's decision on an objection. */
@Schema(description = "考核领导小组的复核决定")
public record Decision(
        @Schema(description = "UPHELD（予以采纳）或 REJECTED（不予采纳）", example = "UPHELD") String decision,
        @Schema(description = "复核理由（必填）") String reason,
        @Schema(description = "予以采纳时的得分调整（至少一项）；不予采纳时为空") List<AdjustmentInput> adjustments) {
    public Decision {
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    public boolean upheld() {
        return Objection.UPHELD.equals(decision);
    }
}
