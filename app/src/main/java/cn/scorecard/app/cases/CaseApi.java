package cn.scorecard.app.cases;

import cn.scorecard.app.evaluation.ReasonJson;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.SignedIn;
import cn.scorecard.core.explain.CaseIndicator;
import cn.scorecard.core.warning.Warning;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case page's data as JSON, under the same rules as the page. */
@RestController
@RequestMapping("/api")
@Tag(name = "案件画像", description = "一个案件的数据、流程时间轴、期限（含扣除、延长）、计入的指标及原因、影响的考核项目、未结预警")
@SignedIn
class CaseApi {
    private final CaseProfileService profiles;
    private final EvaluationService evaluation;

    CaseApi(CaseProfileService profiles, EvaluationService evaluation) {
        this.profiles = profiles;
        this.evaluation = evaluation;
    }

    @GetMapping("/cases/{court}/{number}")
    @Operation(summary = "案件画像：案件数据、时间轴、期限、计入的每个指标（分子/分母）及达标原因、考核项目、预警；无权查看该法院时 403")
    Map<String, Object> profile(@Parameter(description = "法院代码", example = "江0102") @PathVariable String court,
                                @Parameter(description = "案号", example = "（2025）江0102执1号") @PathVariable String number,
                                @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user) {
        CaseProfile p = profiles.profile(user, court, number, query.resolve(evaluation.latestYear()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("court", p.courtCode());
        m.put("courtName", p.courtName());
        m.put("number", p.number());
        m.put("period", p.period());
        Map<String, String> facts = new LinkedHashMap<>();
        p.facts().forEach(f -> facts.put(f.label(), f.value()));
        m.put("facts", facts);
        m.put("timeline", p.timeline().stream().map(e -> Map.of("time", e.time(),
                "event", e.label(), "note", e.note())).toList());
        m.put("deadlinesAsOf", p.deadlinesAsOf());
        m.put("deadlines", p.deadlines());
        m.put("indicators", p.indicators().stream().map(CaseApi::indicator).toList());
        m.put("staffMonth", p.staffMonth());
        m.put("staffItems", p.staffItems());
        m.put("warningsAsOf", p.warningsAsOf());
        m.put("warnings", p.warnings().stream().map(CaseApi::warning).toList());
        return m;
    }

    private static Map<String, Object> indicator(CaseIndicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("metric", i.metric());
        m.put("set", i.numerator() ? "numerator" : "denominator");
        m.put("reason", ReasonJson.of(i.reason()));
        return m;
    }

    private static Map<String, Object> warning(Warning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", w.ruleId());
        m.put("ruleName", w.ruleName());
        m.put("status", w.status().name());
        m.put("due", w.dueLabel());
        m.put("timeLeft", w.timeLeftLabel());
        m.put("detail", w.detail());
        return m;
    }
}
