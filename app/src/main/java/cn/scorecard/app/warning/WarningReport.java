package cn.scorecard.app.warning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The API's answer: the moment, the counts per rule, and one page of warnings in order of urgency. */
@Schema(description = "预警列表")
record WarningReport(
        @Schema(description = "统计日期") LocalDate asOf,
        @Schema(description = "统计时点：当天为当前时间，其他日期为当日 23:59") LocalDateTime moment,
        @Schema(description = "数据最后记录日") LocalDate dataEnd,
        @Schema(description = "符合条件的预警总数（按规则筛选后）") int total,
        @Schema(description = "页码，从 1 开始") int page,
        @Schema(description = "每页条数") int size,
        @Schema(description = "各规则的预警条数（按规则筛选前）") List<KindCount> counts,
        @Schema(description = "本页预警，按紧急程度排序：已超期在前（超期最久者最前），其后剩余时间最少者在前") List<WarningRow> warnings) {
}
