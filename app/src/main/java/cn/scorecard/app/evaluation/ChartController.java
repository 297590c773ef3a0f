package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ECharts options (JSON) for a court's page: radar of the areas, monthly trend, case-age distribution. */
@RestController
@EvaluationAccess.Readers
class ChartController {
    private static final int[] AGE_MONTHS = {3, 6, 12, 24};
    private static final String[] AGE_LABELS = {"3个月以内", "3—6个月", "6—12个月", "12—24个月", "24个月以上"};
    private final EvaluationService service;
    private final EvaluationAccess access;

    ChartController(EvaluationService service, EvaluationAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/evaluation/courts/{code}/charts/radar")
    Map<String, Object> radar(@PathVariable String code, @RequestParam(required = false) String other,
                              @Valid PeriodQuery query,
                              @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        List<CourtResult> courts = new ArrayList<>(List.of(service.court(code, period.period())));
        if (other != null && !other.isBlank()) {
            access.requireCourt(user, other);
            courts.add(service.court(other, period.period()));
        }
        List<Map<String, Object>> indicators = courts.get(0).areas().stream()
                .map(a -> Map.<String, Object>of("name", a.node().name(), "max", 100)).toList();
        List<Map<String, Object>> series = courts.stream().map(c -> Map.<String, Object>of("name", c.court().name(),
                "value", c.areas().stream().map(a -> a.score() == null ? 0 : round(a.score())).toList())).toList();
        return Map.of("tooltip", Map.of(), "legend", Map.of("bottom", 0),
                "radar", Map.of("indicator", indicators, "radius", "62%"),
                "series", List.of(Map.of("type", "radar", "data", series)));
    }

    @GetMapping("/evaluation/courts/{code}/charts/trend")
    Map<String, Object> trend(@PathVariable String code, @Valid PeriodQuery query,
                              @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        int y = query.resolve(service.latestYear()).year();
        List<String> months = new ArrayList<>();
        List<Object> totals = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(m + "月");
            Double t = service.court(code, Period.yearToMonth(y, m)).total();
            totals.add(t == null ? null : round(t));
        }
        return Map.of("tooltip", Map.of("trigger", "axis"), "xAxis", Map.of("type", "category", "data", months),
                "yAxis", Map.of("type", "value", "min", 0, "max", 100),
                "series", List.of(Map.of("type", "line", "name", "总分", "data", totals, "smooth", true)));
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
        return Map.of("tooltip", Map.of(), "xAxis", Map.of("type", "category", "data", List.of(AGE_LABELS)),
                "yAxis", Map.of("type", "value", "name", "件"),
                "series", List.of(Map.of("type", "bar", "name", "未结案件", "data", List.of(box(counts)))));
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
