package cn.scorecard.app.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import cn.scorecard.app.evaluation.EvaluationJson;
import cn.scorecard.app.evaluation.EvaluationResults;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.ReasonService;
import cn.scorecard.app.evaluation.ReasonJson;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.evaluation.RankingView;
import cn.scorecard.app.evaluation.RecordListView;
import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.NodeResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the court evaluation, under the same access rules as the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "评估", description = "法院、评估结果、评分树与指标背后的案件")
@EvaluationAccess.Readers
class EvaluationApi {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;
    private final ReasonService reasons;

    EvaluationApi(EvaluationService service, EvaluationResults results, EvaluationAccess access, ReasonService reasons) {
        this.service = service;
        this.results = results;
        this.access = access;
        this.reasons = reasons;
    }

    @GetMapping("/courts")
    @Operation(summary = "当前用户可见的法院")
    List<Map<String, Object>> courts(@AuthenticationPrincipal CurrentUser user) {
        return service.data().courts().all().stream().filter(c -> access.canSee(user, c.code())).map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", c.code());
            m.put("name", c.name());
            m.put("level", c.level().name());
            m.put("parent", c.parentCode());
            m.put("municipality", c.municipality());
            m.put("keyCity", c.keyCity());
            return m;
        }).toList();
    }

    @GetMapping("/evaluation/ranking")
    @Operation(summary = "某一层级法院的评估排名（只列出可见法院，名次在全部同级法院中计算）")
    Map<String, Object> ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level,
                        @Valid PeriodQuery query,
                        @AuthenticationPrincipal CurrentUser user) {
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        RankingView v = RankingView.build(shown, results.same(shown, period.previous()), level, period, access.visibleCourts(user));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level.name());
        m.put("period", v.period().label());
        m.put("results", shown.label());
        m.put("peers", v.peers());
        m.put("areas", v.areas());
        m.put("rows", v.rows().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", r.rank());
            row.put("code", r.code());
            row.put("name", r.name());
            row.put("total", r.total());
            row.put("previousTotal", r.previousTotal());
            row.put("areaScores", r.areaScores());
            row.put("coreIndicators", r.core().stream().map(EvaluationApi::core).toList());
            return row;
        }).toList());
        return m;
    }

    private static Map<String, Object> core(cn.scorecard.core.evaluation.CoreIndicators.CoreValue c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("label", c.label());
        v.put("target", c.target());
        v.put("value", c.value());
        v.put("met", c.met());
        return v;
    }

    @GetMapping("/evaluation/courts/{code}")
    @Operation(summary = "法院评分树：各指标的值、分子、分母、得分、实际权重与说明")
    Map<String, Object> court(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        ProvinceData d = service.data();
        PeriodParam p = query.resolve(service.latestYear());
        Map<String, Object> m = new EvaluationJson(d.courts(), d.cases(), false).court(service.court(code, p.period()));
        m.put("period", p.label());
        m.put("coreIndicators", service.coreIndicators(code, p.period()).stream().map(EvaluationApi::core).toList());
        return m;
    }

    @GetMapping("/evaluation/courts/{code}/indicators/{node}/records")
    @Operation(summary = "某指标分子、分母或未达标的案件（或其他记录），分页；每条记录附达标/未达标判定及原因（reasonHeader 列、reasons）")
    Map<String, Object> records(@PathVariable String code, @PathVariable String node,
                                @Parameter(description = "numerator | denominator | missed") @RequestParam(defaultValue = "denominator") @Pattern(regexp = RecordListView.SETS) String set,
                                @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") @Min(1) int page,
                                @Valid PeriodQuery query,
                                @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        NodeResult n = RecordListView.traced(service, code, node, period);
        RecordListView v = RecordListView.of(service.data(), code, n, set, new ListQuery(q, null, null, page, null),
                reasons.explainer(n, period.period()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("court", code);
        m.put("indicator", node);
        m.put("set", set);
        m.put("kind", v.kind().name());
        m.put("formula", n.explanation().formula());
        m.put("total", v.total());
        m.put("page", v.page());
        m.put("pages", v.pages());
        m.put("header", v.header());
        m.put("rows", v.rows());
        m.put("reasonHeader", v.reasonHeader());
        m.put("reasons", v.reasons().stream().map(ReasonJson::of).toList());
        return m;
    }

}
