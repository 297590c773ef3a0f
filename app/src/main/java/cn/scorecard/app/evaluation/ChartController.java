package cn.scorecard.app.evaluation;


import cn.scorecard.app.web.Messages;
import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ECharts options (JSON) for a court's page: radar of the areas, monthly and yearly trends, case-age distribution. */
@RestController
@EvaluationAccess.Readers
class ChartController {
    private static final int[] AGE_MONTHS = {3, 6, 12, 24};
    private static final String[] AGE_LABELS = {"chart.age.3", "chart.age.6", "chart.age.12", "chart.age.24", "chart.age.more"};
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;

    ChartController(EvaluationService service, EvaluationResults results, EvaluationAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    /**
     * The areas of a court, and of another court of its level or of the level's mean ({@code other=mean}) beside
     * it: area scores only, which a court may see of its peers (see {@link EvaluationAccess#requirePeer}).
     */
    @GetMapping("/evaluation/courts/{code}/charts/radar")
    Map<String, Object> radar(@PathVariable String code, @RequestParam(required = false) String other,
                              @Valid PeriodQuery query,
                              @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        CourtResult court = shown.court(code);
        List<String> names = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        names.add(court.court().name());
        values.add(court.areas().stream().map(a -> a.score() == null ? 0 : round(a.score())).toList());
        if (other != null && !other.isBlank()) {
            if (CompareController.MEAN.equals(other)) {
                RankingView level = RankingView.build(shown, shown, court.court().level(), period, java.util.Set.of());
                names.add(Messages.text("court.levelMean"));
                values.add(level.areaMeans().stream().map(m -> m == null ? 0 : round(m)).toList());
            } else {
                access.requirePeer(user, code, other);
                CourtResult peer = shown.court(other);
                names.add(peer.court().name());
                values.add(peer.areas().stream().map(a -> a.score() == null ? 0 : round(a.score())).toList());
            }
        }
        List<Map<String, Object>> indicators = court.areas().stream()
                .map(a -> Map.<String, Object>of("name", a.node().name(), "max", 100)).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) series.add(Map.of("name", names.get(i), "value", values.get(i)));
        return Map.of("tooltip", Map.of(), "legend", Map.of("bottom", 0),
                "radar", Map.of("indicator", indicators, "radius", "62%"),
                "series", List.of(Map.of("type", "radar", "data", series)));
    }

    /**
     * Every year with data: the court's total and its four core targets (in percent, on the same 0–100 axis),
     * computed live from the current data.
     */
    @GetMapping("/evaluation/courts/{code}/charts/years")
    Map<String, Object> years(@PathVariable String code, @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        List<String> labels = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        List<List<Object>> core = new ArrayList<>();
        List<String> coreNames = new ArrayList<>();
        for (int y : service.years()) {
            Period p = Period.year(y);
            labels.add(Messages.text("chart.year", String.valueOf(y)));
            Double t = service.court(code, p).total();
            totals.add(t == null ? null : round(t));
            List<CoreIndicators.CoreValue> values = service.coreIndicators(code, p);
            for (int i = 0; i < values.size(); i++) {
                if (core.size() <= i) {
                    core.add(new ArrayList<>());
                    coreNames.add(values.get(i).label());
                }
                Double v = values.get(i).value();
                core.get(i).add(v == null ? null : round(v * 100));
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of("type", "line", "name", Messages.text("chart.total"), "data", totals, "lineStyle", Map.of("width", 3)));
        for (int i = 0; i < core.size(); i++) {
            series.add(Map.of("type", "line", "name", Messages.text("chart.percentSeries", coreNames.get(i)), "data", core.get(i), "lineStyle", Map.of("type", "dashed")));
        }
        return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("bottom", 0, "type", "scroll"),
                "grid", Map.of("left", 40, "right", 20, "top", 20, "bottom", 60),
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100), "series", series);
    }

    @GetMapping("/evaluation/courts/{code}/charts/trend")
    Map<String, Object> trend(@PathVariable String code, @Valid PeriodQuery query,
                              @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        int y = query.resolve(service.latestYear()).year();
        List<String> months = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(Messages.text("chart.monthAxis", String.valueOf(m)));
            Double t = service.court(code, Period.yearToMonth(y, m)).total();
            totals.add(t == null ? null : round(t));
        }
        return Map.of("tooltip", Map.of("trigger", "axis"), "xAxis", Map.of("type", "category", "data", months),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100),
                "series", List.of(Map.of("type", "line", "name", Messages.text("ranking.total"), "data", totals, "smooth", true)));
    }

    @GetMapping("/evaluation/courts/{code}/charts/ages")
    Map<String, Object> ages(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        EvaluationContext ctx = new EvaluationContext(service.data(), period.period());
        int court = service.data().courts().indexOf(code);
        CaseTable t = ctx.cases();
        int[] counts = new int[AGE_LABELS.length];
        int end = ctx.periodEnd();
        for (int r : ctx.openFirstEnforcement(court)) {
            int bucket = 0;
            while (bucket < AGE_MONTHS.length && cn.scorecard.core.cases.StatutoryPeriod.plusMonths(t.filed(r), AGE_MONTHS[bucket]) <= end) bucket++;
            counts[bucket]++;
        }
        return Map.of("tooltip", Map.of(), "xAxis", Map.of("type", "category", "data", Arrays.stream(AGE_LABELS).map(Messages::text).toList()),
                "yAxis", Map.of("type", "value", "name", Messages.text("chart.cases")),
                "series", List.of(Map.of("type", "bar", "name", Messages.text("chart.openCases"), "data", List.of(box(counts)))));
    }

    private static Integer[] box(int[] a) {
        Integer[] out = new Integer[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i];
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

}
