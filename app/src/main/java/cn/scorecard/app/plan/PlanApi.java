package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.LostPointRow;
import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.evaluation.EvaluationResults;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.plan.LostPoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of lost points, the planner and what-if, under the access rules of the court evaluation. */
@RestController
@RequestMapping("/api/evaluation/courts/{code}")
@Tag(name = "提分", description = "失分清单、提分计划与模拟")
@EvaluationAccess.Readers
class PlanApi {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;

    PlanApi(EvaluationService service, EvaluationResults results, EvaluationAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    @GetMapping("/lost-points")
    @Operation(summary = "失分清单：每项适用指标使总分少得的分数（失分之和 + 总分 = 100），失分多的在前")
    Map<String, Object> lostPoints(@PathVariable String code, @Valid PeriodQuery query,
                                   @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        LostPoints.Sheet sheet = LostPoints.of(shown.result(), shown.court(code).court().code());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("court", code);
        m.put("period", period.label());
        m.put("results", shown.label());
        m.put("total", sheet.total());
        m.put("lostTotal", sheet.lostTotal());
        m.put("rows", LostPointRow.of(sheet).stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("name", r.name());
            row.put("area", r.area());
            row.put("value", r.value());
            row.put("target", r.target());
            row.put("gap", r.gap());
            row.put("score", r.score());
            row.put("sharePercent", r.share());
            row.put("lostPoints", r.points());
            if (!r.subordinates().isEmpty()) row.put("subordinates", r.subordinates());
            return row;
        }).toList());
        return m;
    }
}
