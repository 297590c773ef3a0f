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
import cn.scorecard.core.plan.Plan;
import cn.scorecard.core.plan.WhatIf;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.RequestParam;
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

    private final PlanService plans;

    PlanApi(EvaluationService service, EvaluationResults results, EvaluationAccess access, PlanService plans) {
        this.service = service;
        this.results = results;
        this.access = access;
        this.plans = plans;
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

    @GetMapping("/planner")
    @Operation(summary = "提分计划：目标日期前仍可完成、能提高总分的操作，每项的最迟完成日、承办人、影响的指标和总分增益"
            + "（引擎在假设数据上精确重算，同级法院的指标值保持不变），及各未达标指标的最少操作数")
    Map<String, Object> planner(@PathVariable String code, @Valid PeriodQuery query,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate target,
                                @RequestParam(required = false) String officer, @RequestParam(required = false) String indicator,
                                @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        PlanService.Window w = plans.window(period, from, target);
        Plan plan = plans.plan(code, period, w);
        PlanView view = PlanView.of(plan, plans.data(), officer, indicator);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("court", code);
        m.put("period", period.label());
        m.put("from", w.from().toString());
        m.put("target", w.target().toString());
        m.put("total", plan.base().total());
        m.put("candidates", plan.candidates());
        m.put("actions", view.rows().stream().map(r -> {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", r.id());
            a.put("kind", r.kind());
            a.put("reference", r.reference());
            a.put("action", r.action());
            a.put("deadline", r.deadline().toString());
            a.put("officerId", r.officerId());
            a.put("officer", r.officer());
            a.put("gain", r.gain());
            a.put("indicators", r.moved());
            return a;
        }).toList());
        m.put("targets", view.targets());
        return m;
    }

    @GetMapping("/what-if")
    @Operation(summary = "模拟：把所列操作（提分计划中的操作编号 a=…，可多个）同时应用于假设数据，返回重算后的总分、同级排名和每个变化的指标；不改变数据")
    Map<String, Object> whatIf(@PathVariable String code, @Valid PeriodQuery query,
                               @RequestParam(name = "a", required = false) List<String> ids,
                               @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        WhatIf.Outcome o = plans.whatIf(code, period, ids == null ? List.of() : ids);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("court", code);
        m.put("period", period.label());
        m.put("actions", ids == null ? List.of() : ids);
        m.put("totalBefore", o.before().total());
        m.put("totalAfter", o.after().total());
        m.put("gain", o.gain());
        m.put("rankBefore", o.rankBefore());
        m.put("rankAfter", o.rankAfter());
        m.put("peers", o.peers());
        m.put("changes", WhatIfRow.of(o));
        return m;
    }
}
