package cn.scorecard.app.export;

import cn.scorecard.app.documents.Xlsx;
import cn.scorecard.app.evaluation.TreeRow;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.evaluation.CoreIndicators;
import java.time.LocalDate;
import java.util.List;

/**
 * What the PDF evaluation report of one court shows; built by {@link CourtReports}, rendered by
 * {@link ReportPdf} through templates/export/report.html. The formatting helpers are for the template.
 *
 * @param lostPoints  the lost points (失分清单), the largest first; {@code lostTotal} their sum
 * @param results     which results the report shows (已发布 第N版（日期） or 实时计算（数据版本 …）)
 */
record CourtReport(String courtCode, String courtName, String level, String period, String catalogVersion,
                   String results, String resultsNote, LocalDate generated, Double total, int rank, int peers, Double previousTotal, Double levelMean,
                   List<Area> areas, List<CoreIndicators.CoreValue> core, Charts charts, int lostCount,
                   List<Weak> weakest, List<TreeRow> tree,
                   List<cn.scorecard.app.evaluation.LostPointRow> lostPoints, double lostTotal) {

    /** A level-1 area: weight in the catalog, weight after N/A, the court's score and the level's mean. */
    record Area(String code, String name, double weight, double effectiveWeight, boolean applicable, Double score,
                Double levelMean) {
    }

    /** The charts as data: URIs. */
    record Charts(String radar, String bars, String trend, String trendLabel) {
    }

    /**
     * One of the leaves with the lowest scores, with up to {@link CourtReports#CASES} of its problem records:
     * those that missed (in the denominator, not in the numerator), or for an indicator where lower is better
     * (差错率, 超期数 …) those counted in the numerator; {@code problems} names which.
     */
    record Weak(String code, String name, String area, String value, String target, Double score,
                double effectiveWeight, String formula, String note, Double numerator, Double denominator, String problems,
                int missed, List<String> header, List<List<String>> rows) {
    }

    public Double change() {
        return total == null || previousTotal == null ? null : total - previousTotal;
    }

    public String score(Double v) {
        return Formats.score(v);
    }

    public String signed(Double v) {
        return Formats.signed(v);
    }

    public String percent(Double fraction) {
        return fraction == null ? Messages.text("ranking.noData") : Formats.percent(fraction);
    }

    public String weight(double percent) {
        return Formats.weight(percent);
    }

    public String count(Double v) {
        return Formats.count(v);
    }

    public String met(Boolean met) {
        return Xlsx.metText(met);
    }

    public int metCount() {
        return (int) core.stream().filter(c -> Boolean.TRUE.equals(c.met())).count();
    }
}
