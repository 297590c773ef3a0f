package cn.scorecard.app.export;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.RankingView;
import cn.scorecard.app.evaluation.RecordListView;
import cn.scorecard.app.evaluation.RecordRows;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.evaluation.TreeRow;
import cn.scorecard.core.catalog.Scoring;
import cn.scorecard.core.catalog.ScoringRule;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.metric.RecordKind;
import cn.scorecard.core.metric.RecordSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Gathers a {@link CourtReport} from the evaluation: rank, areas against the level, charts, the weakest leaves. */
@Component
class CourtReports {
    static final int WEAKEST = 10;
    static final int CASES = 10;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final EvaluationService service;

    CourtReports(EvaluationService service) {
        this.service = service;
    }

    /** The report of a court on the shown results ({@code before}: the same view of the year before). */
    CourtReport build(String code, PeriodParam period, Shown shown, Shown before) {
        return build(code, period, shown, before, (percent, step) -> { });
    }

    /** The same, telling {@code progress} how far it has come (percent of the report, and the step in words). */
    CourtReport build(String code, PeriodParam period, Shown shown, Shown before, BiConsumer<Integer, String> progress) {
        progress.accept(5, Messages.text("report.step.totals"));
        CourtResult court = shown.court(code);
        RankingView.Row rank = RankingView.build(shown, before, court.court().level(), period, Set.of(code)).rows().get(0);
        List<CourtResult> peers = shown.result().courts().stream()
                .filter(c -> c.court().level() == court.court().level()).toList();
        List<CourtReport.Area> areas = new ArrayList<>();
        for (int i = 0; i < court.areas().size(); i++) {
            NodeResult a = court.areas().get(i);
            int index = i;
            areas.add(new CourtReport.Area(a.code(), a.node().name(), a.node().weight(), a.effectiveWeight(), a.applicable(),
                    a.score(), mean(peers.stream().map(p -> p.areas().get(index).score()).toList())));
        }
        progress.accept(15, Messages.text("report.step.months"));
        CourtReport.Charts charts = charts(court, areas, period, peers.size(), progress);
        progress.accept(70, Messages.text("report.step.weakest"));
        List<TreeRow> tree = TreeRow.flatten(court.areas());
        List<TreeRow> lost = tree.stream().filter(r -> r.leaf() && r.node().applicable() && r.node().score() != null
                && r.node().score() < 100 - 1e-9).toList();
        List<CourtReport.Weak> weakest = lost.stream()
                .sorted(Comparator.comparing((TreeRow r) -> r.node().score()).thenComparing(r -> r.node().code()))
                .limit(WEAKEST).map(r -> weak(court, r)).toList();
        cn.scorecard.core.plan.LostPoints.Sheet lostPoints = cn.scorecard.core.plan.LostPoints.of(shown.result(), code);
        return new CourtReport(code, court.court().name(), court.court().level().label(), period.label(),
                shown.result().catalogVersion(), shown.label(), shown.note(), LocalDate.now(CHINA), court.total(), rank.rank(),
                peers.size(), rank.previousTotal(), mean(peers.stream().map(CourtResult::total).toList()), areas,
                shown.core(code), charts, lost.size(), weakest, tree,
                lostPoints.points().isEmpty() ? List.of() : cn.scorecard.app.evaluation.LostPointRow.of(lostPoints), lostPoints.lostTotal());
    }

    /** The radar and bars of the shown results; the monthly trend is computed live (months have no versions). */
    private CourtReport.Charts charts(CourtResult court, List<CourtReport.Area> areas, PeriodParam period, int peers,
                                      BiConsumer<Integer, String> progress) {
        List<String> names = areas.stream().map(CourtReport.Area::name).toList();
        List<Double> scores = areas.stream().map(CourtReport.Area::score).toList();
        boolean alone = peers < 2;
        List<Double> means = alone ? null : areas.stream().map(CourtReport.Area::levelMean).toList();
        String name = court.court().name();
        int last = period.month() == null ? 12 : period.month();
        List<Double> totals = new ArrayList<>();
        List<Double> levelTotals = new ArrayList<>();
        for (int m = 1; m <= last; m++) {
            progress.accept(15 + 50 * (m - 1) / last, Messages.text("report.step.month", String.valueOf(m)));
            EvaluationResult r = service.evaluate(Period.yearToMonth(period.year(), m));
            totals.add(r.court(court.court().code()).total());
            levelTotals.add(mean(r.courts().stream().filter(c -> c.court().level() == court.court().level())
                    .map(CourtResult::total).toList()));
        }
        return new CourtReport.Charts(ReportCharts.radar(names, scores, means, name).dataUri(),
                ReportCharts.bars(names, scores, means, name).dataUri(),
                TrendChart.draw(totals, alone ? null : levelTotals, name).dataUri(),
                period.year() + "年1—" + last + "月");
    }

    private CourtReport.Weak weak(CourtResult court, TreeRow row) {
        NodeResult n = row.node();
        NodeResult area = court.areas().stream().filter(a -> a.find(n.code()) != null).findFirst().orElse(n);
        List<String> header = List.of();
        List<List<String>> rows = List.of();
        int missed = 0;
        Scoring scoring = n.node().scoring();
        boolean lowerIsBetter = scoring.rule() == ScoringRule.ZERO || (scoring.rule() == ScoringRule.PEER && !scoring.higherIsBetter());
        if (row.traceable()) {
            ProvinceData data = service.data();
            RecordSet misses = RecordListView.select(n, lowerIsBetter ? "numerator" : "missed");
            RecordKind kind = misses.kind();
            int[] columns = kind == RecordKind.CASE ? new int[] {0, 2, 3, 4}
                    : IntStream.range(0, Math.min(4, RecordRows.header(kind).size())).toArray();
            List<String> all = RecordRows.header(kind);
            header = IntStream.of(columns).mapToObj(all::get).toList();
            missed = misses.size();
            rows = misses.indexes().limit(CASES).mapToObj(i -> {
                List<String> cells = RecordRows.cells(data, kind, i);
                return IntStream.of(columns).mapToObj(cells::get).toList();
            }).toList();
        }
        return new CourtReport.Weak(n.code(), n.node().name(), area.node().name(), row.valueText(), row.target(), n.score(),
                n.effectiveWeight(), n.explanation() == null ? null : n.explanation().formula(), n.note(), n.numerator(),
                n.denominator(), lowerIsBetter ? "问题记录（计入分子）" : "未达标记录", missed, header, rows);
    }

    private static Double mean(List<Double> values) {
        return values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().stream().boxed()
                .findFirst().orElse(null);
    }
}
