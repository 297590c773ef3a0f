package cn.scorecard.core.data;

/** A court-level figure for a year that no case carries (一审民商事案件数, 编制, 员额 …). */
public record CourtStatistic(int court, int year, StatisticItem item, double value, String source) {
}
