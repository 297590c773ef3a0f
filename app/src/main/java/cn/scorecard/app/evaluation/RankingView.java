package cn.scorecard.app.evaluation;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.NodeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The ranking of one level: every court of the level in the evaluation ranked by total, shown only for the
 * courts the user may see (a court user sees its own rank among its peers, not the peers' scores).
 */
public record RankingView(CourtLevel level, PeriodParam period, List<Area> areas, List<Row> rows, int peers) {
    /** A level-1 area column. */
    public record Area(String code, String name, double weight) {
    }

    /** One court's line. */
    public record Row(int rank, String code, String name, Double total, Double previousTotal, List<Double> areaScores,
                      List<CoreIndicators.CoreValue> core) {
        public Double change() {
            return total == null || previousTotal == null ? null : total - previousTotal;
        }

        // Pre-formatted for the page: Thymeleaf's number formatting builds a DecimalFormatSymbols per call.
        public String totalText() {
            return total == null ? "—" : String.format("%.2f", total);
        }

        public String changeText() {
            Double c = change();
            return c == null ? "—" : String.format("%+.2f", c);
        }

        public List<String> areaTexts() {
            return areaScores.stream().map(v -> v == null ? "不适用" : String.format("%.2f", v)).toList();
        }
    }

    public static RankingView build(EvaluationService service, CourtLevel level, PeriodParam period, Set<String> visible) {
        EvaluationResult now = service.evaluate(period.period());
        EvaluationResult before = service.evaluate(period.previous().period());
        List<CourtResult> peers = new ArrayList<>(now.courts().stream().filter(c -> c.court().level() == level).toList());
        peers.sort(Comparator.comparing(CourtResult::total, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Area> areas = service.catalog(level).areas().stream().map(a -> new Area(a.code(), a.name(), a.weight())).toList();
        List<Row> rows = new ArrayList<>();
        int rank = 0;
        Double last = null;
        for (int i = 0; i < peers.size(); i++) {
            CourtResult c = peers.get(i);
            if (last == null || c.total() == null || Math.abs(c.total() - last) > 1e-9) rank = i + 1;
            last = c.total();
            if (!visible.contains(c.court().code())) continue;
            Double previous = before.courts().stream().filter(b -> b.court().code().equals(c.court().code()))
                    .map(CourtResult::total).findFirst().orElse(null);
            List<Double> areaScores = c.areas().stream().map(NodeResult::score).toList();
            rows.add(new Row(rank, c.court().code(), c.court().name(), c.total(), previous, areaScores,
                    service.coreIndicators(c.court().code(), period.period())));
        }
        return new RankingView(level, period, areas, rows, peers.size());
    }
}
