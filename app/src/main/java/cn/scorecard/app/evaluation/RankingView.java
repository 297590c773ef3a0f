package cn.scorecard.app.evaluation;

import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ranking of one level: every court of the level in the evaluation ranked by total, shown only for the
 * courts the user may see (a court user sees its own rank among its peers, not the peers' scores), with the
 * level's mean total and mean area scores, and the results it was built from ({@link Shown}: published or live).
 */
public record RankingView(CourtLevel level, PeriodParam period, List<Area> areas, List<Row> rows, int peers,
                          Double meanTotal, List<Double> areaMeans, Shown shown) {
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
            return Formats.score(total);
        }

        public String changeText() {
            Double c = change();
            return Formats.signed(c);
        }

        public List<String> areaTexts() {
            return areaScores.stream().map(v -> v == null ? Messages.text("common.na") : Formats.score(v)).toList();
        }
    }

    public String meanTotalText() {
        return Formats.score(meanTotal);
    }

    /** How far a total is from the level's mean, signed (“+3.20”), or “—”. */
    public String gapText(Double total) {
        return total == null || meanTotal == null ? "—" : Formats.signed(total - meanTotal);
    }

    /** The row of a court, or null when it is not listed (another level, or not visible). */
    public Row row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * Ranks the level in {@code now}; {@code before} is the same view of the year before (for the change). Courts
     * with an equal total share a rank.
     */
    public static RankingView build(Shown now, Shown before, CourtLevel level, PeriodParam period, Set<String> visible) {
        List<CourtResult> peers = new ArrayList<>(now.result().courts().stream().filter(c -> c.court().level() == level).toList());
        peers.sort(Comparator.comparing(CourtResult::total, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Area> areas = now.service().catalog(now.result().catalogVersion(), level).areas().stream()
                .map(a -> new Area(a.code(), a.name(), a.weight())).toList();
        List<Row> rows = new ArrayList<>();
        int rank = 0;
        Double last = null;
        for (int i = 0; i < peers.size(); i++) {
            CourtResult c = peers.get(i);
            if (last == null || c.total() == null || Math.abs(c.total() - last) > 1e-9) rank = i + 1;
            last = c.total();
            if (!visible.contains(c.court().code())) continue;
            Double previous = before.result().courts().stream().filter(b -> b.court().code().equals(c.court().code()))
                    .map(CourtResult::total).findFirst().orElse(null);
            List<Double> areaScores = areas.stream().map(a -> score(c, a.code())).toList();
            rows.add(new Row(rank, c.court().code(), c.court().name(), c.total(), previous, areaScores,
                    now.core(c.court().code())));
        }
        List<Double> areaMeans = areas.stream().map(a -> mean(peers.stream().map(p -> score(p, a.code())).toList())).toList();
        return new RankingView(level, period, areas, rows, peers.size(),
                mean(peers.stream().map(CourtResult::total).toList()), areaMeans, now);
    }

    private static Double score(CourtResult court, String area) {
        NodeResult n = court.find(area);
        return n == null ? null : n.score();
    }

    /** The mean of the values that exist; null when none does. */
    public static Double mean(List<Double> values) {
        return values.stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue).average().stream().boxed()
                .findFirst().orElse(null);
    }
}
