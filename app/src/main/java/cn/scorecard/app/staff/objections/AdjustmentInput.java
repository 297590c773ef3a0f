package cn.scorecard.app.staff.objections;

import io.swagger.v3.oas.annotations.media.Schema;

/** One score adjustment as the group enters it with an upheld decision. */
@Schema(description = "得分调整：在计算结果之上对某一考核项目加减分")
public record AdjustmentInput(
        @Schema(description = "考核项目代码，如 二.1", example = "二.1") String itemCode,
        @Schema(description = "调整分值，正数加分、负数减分", example = "3") Double points,
        @Schema(description = "调整理由", example = "3月12日结案的（2025）江0102执123号漏计") String reason) {
}
