package cn.scorecard.app.rules;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What a proposed catalog version would do to the current data before it is activated: every court's total and rank
 * (within its level) under the version in force for the period and under the proposed one, side by side.
 */
@Service
class CatalogPreview {
    private final EvaluationService evaluation;
    private final RuleBookService book;

    CatalogPreview(EvaluationService evaluation, RuleBookService book) {
        this.evaluation = evaluation;
        this.book = book;
    }

    /** One court under both versions; totals null where the court has no total (all N/A). */
    record Row(String code, String name, CourtLevel level, Double current, Integer currentRank, Double proposed,
               Integer proposedRank) {
        public Double change() {
            return current == null || proposed == null ? null : proposed - current;
        }

        public boolean moved() {
            return currentRank != null && !currentRank.equals(proposedRank);
        }
    }

    record Preview(String currentVersion, String proposedVersion, Period period, List<Row> rows) {
    }

    Preview of(String proposed, Period period) {
        Map<CourtLevel, Catalog> catalogs = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) {
            catalogs.put(l, book.catalog(proposed, l)
                    .orElseThrow(() -> new IllegalArgumentException(Messages.text("rules.error.unknownCatalog", proposed))));
        }
        EvaluationResult now = evaluation.evaluate(period);
        EvaluationResult then = evaluation.evaluateWith(period, catalogs);
        Map<String, Integer> rankNow = ranks(now);
        Map<String, Integer> rankThen = ranks(then);
        List<Row> rows = new ArrayList<>();
        for (CourtResult c : now.courts()) {
            CourtResult p = then.court(c.court().code());
            rows.add(new Row(c.court().code(), c.court().name(), c.court().level(), c.total(), rankNow.get(c.court().code()),
                    p == null ? null : p.total(), rankThen.get(c.court().code())));
        }
        rows.sort(Comparator.comparing(Row::level).thenComparing(r -> r.currentRank() == null ? Integer.MAX_VALUE
                : r.currentRank()));
        return new Preview(now.catalogVersion(), proposed, period, rows);
    }

    /** Rank within the level by total, highest first; equal totals share a rank (1, 2, 2, 4). */
    static Map<String, Integer> ranks(EvaluationResult result) {
        Map<String, Integer> out = new HashMap<>();
        for (CourtLevel level : CourtLevel.values()) {
            List<CourtResult> ranked = result.courts().stream().filter(c -> c.court().level() == level && c.total() != null)
                    .sorted(Comparator.comparing(CourtResult::total).reversed()).toList();
            for (int i = 0; i < ranked.size(); i++) {
                boolean tie = i > 0 && Math.abs(ranked.get(i).total() - ranked.get(i - 1).total()) < 1e-9;
                out.put(ranked.get(i).court().code(), tie ? out.get(ranked.get(i - 1).court().code()) : i + 1);
            }
        }
        return out;
    }
}
