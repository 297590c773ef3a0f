package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.documents.Downloads;
import cn.scorecard.app.export.ExportNames;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.plan.ActionIds;
import cn.scorecard.core.plan.Forecast;
import cn.scorecard.core.plan.Plan;
import cn.scorecard.core.plan.WhatIf;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The planner (提分计划) and what-if (模拟) of a court, always on the live data: the page and its work list in Excel,
 * the recomputed court for ticked or entered actions, and the user's saved scenarios.
 */
@Controller
@EvaluationAccess.Readers
class PlannerController {
    private final PlanService plans;
    private final EvaluationService service;
    private final EvaluationAccess access;
    private final Scenarios scenarios;

    PlannerController(PlanService plans, EvaluationService service, EvaluationAccess access, Scenarios scenarios) {
        this.plans = plans;
        this.service = service;
        this.access = access;
        this.scenarios = scenarios;
    }

    @GetMapping("/evaluation/courts/{code}/planner")
    String planner(@PathVariable String code, @Valid PeriodQuery query,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate target,
                   @RequestParam(required = false) String officer, @RequestParam(required = false) String indicator,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        PlanService.Window w = plans.window(period, from, target);
        Plan plan = plans.plan(code, period, w);
        CourtResult today = plans.toDate(code, period, w.from());
        model.addAttribute("period", period);
        model.addAttribute("window", w);
        model.addAttribute("court", plan.base());
        model.addAttribute("view", PlanView.of(plan, plans.data(), officer, indicator));
        model.addAttribute("officer", officer);
        model.addAttribute("indicator", indicator);
        model.addAttribute("forecast", today == null ? null : Forecast.of(today, plan.base()));
        model.addAttribute("forecastRows", today == null ? List.of() : PlanRow.moved(Forecast.of(today, plan.base()).changes(), plan.base()));
        return "plan/planner";
    }

    @GetMapping("/evaluation/courts/{code}/planner.xlsx")
    void workList(@PathVariable String code, @Valid PeriodQuery query,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate target,
                  @RequestParam(required = false) String officer, @RequestParam(required = false) String indicator,
                  @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        PlanService.Window w = plans.window(period, from, target);
        Plan plan = plans.plan(code, period, w);
        PlanView view = PlanView.of(plan, plans.data(), officer, indicator);
        String name = plan.base().court().name();
        Downloads.prepare(response, Downloads.XLSX, Messages.text("planner.file", name, ExportNames.periodName(period)),
                "planner-" + Downloads.codeAscii(code) + "-" + ExportNames.periodAscii(period) + ".xlsx");
        PlannerWorkbook.write(view, period, w, response.getOutputStream());
    }

    @GetMapping("/evaluation/courts/{code}/what-if")
    String whatIf(@PathVariable String code, @Valid PeriodQuery query,
                  @RequestParam(name = "a", required = false) List<String> ids,
                  @RequestParam(required = false) Long scenario,
                  @RequestParam(required = false) String customCase, @RequestParam(required = false) String customKind,
                  @RequestParam(required = false) String customAt, @RequestParam(required = false) String customMethod,
                  @RequestParam(required = false) String customStep,
                  @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        LinkedHashSet<String> actions = new LinkedHashSet<>();
        if (scenario != null) {
            Scenarios.Scenario s = scenarios.find(user.username(), scenario);
            if (s == null || !s.court().equals(code)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("whatif.noScenario", scenario));
            }
            actions.addAll(s.actions());
            model.addAttribute("scenario", s);
        }
        if (ids != null) ids.stream().filter(i -> i != null && !i.isBlank()).forEach(actions::add);
        if (customCase != null && !customCase.isBlank()) actions.add(custom(customCase, customKind, customAt, customMethod, customStep));
        if (actions.size() > Scenarios.MAX_ACTIONS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("whatif.tooMany", Scenarios.MAX_ACTIONS));
        }
        WhatIf.Outcome outcome = plans.whatIf(code, period, new ArrayList<>(actions));
        model.addAttribute("period", period);
        model.addAttribute("court", outcome.before());
        model.addAttribute("outcome", outcome);
        model.addAttribute("actions", new ArrayList<>(actions));
        model.addAttribute("actionTexts", actions.stream().map(PlannerController::text).toList());
        model.addAttribute("changes", WhatIfRow.of(outcome));
        model.addAttribute("saved", scenarios.of(user.username(), code));
        model.addAttribute("methods", ClosingMethod.values());
        model.addAttribute("steps", StepType.values());
        return "plan/what-if";
    }

    /** An action id in words: （2025）江0102执1号 结案（执行完毕） 2025-12-01. */
    static String text(String id) {
        String[] f = id.split("\\|", -1);
        if (f.length < 3) return id;
        return switch (f[0]) {
            case "close" -> f[1] + " " + Messages.text("whatif.kindClose") + (f.length > 3 && !f[3].isBlank()
                    ? "（" + ClosingMethod.parse(f[3]).label() + "）" : "") + " " + f[2];
            case "step" -> f[1] + " " + Messages.text("whatif.kindStep") + "：" + StepType.parse(f[2]).label() + " "
                    + (f.length > 3 ? f[3].replace('T', ' ') : "");
            case "petition" -> Messages.text("whatif.petition", f[1], f[2]);
            case "matter" -> Messages.text("whatif.matter", f[1], f[2]);
            case "payment" -> Messages.text("whatif.payment", f[1], f[2].replace('T', ' '),
                    f.length > 3 ? f[3].replace('T', ' ') : "");
            default -> id;
        };
    }

    /** "close case X on day D by method M" or "step S done at T", as an action id. */
    private static String custom(String caseNumber, String kind, String at, String method, String step) {
        try {
            if ("step".equals(kind)) {
                LocalDateTime t = at == null || at.isBlank() ? null : LocalDateTime.parse(at.length() == 10 ? at + "T09:00" : at);
                if (t == null) throw new IllegalArgumentException(Messages.text("whatif.customTime"));
                return ActionIds.step(caseNumber, StepType.parse(step == null ? "" : step), t);
            }
            if (at == null || at.isBlank()) throw new IllegalArgumentException(Messages.text("whatif.customTime"));
            LocalDate d = LocalDate.parse(at.length() > 10 ? at.substring(0, 10) : at);
            return ActionIds.close(caseNumber, d, method == null || method.isBlank() ? null : ClosingMethod.parse(method));
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("whatif.customBadTime", at));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @PostMapping("/evaluation/courts/{code}/scenarios")
    String save(@PathVariable String code, @Valid PeriodQuery query, @RequestParam String name,
                @RequestParam(name = "a", required = false) List<String> ids, @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        List<String> actions = ids == null ? List.of() : ids.stream().filter(i -> !i.isBlank()).distinct().toList();
        if (name.isBlank() || name.length() > 200) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("whatif.badName"));
        if (actions.size() > Scenarios.MAX_ACTIONS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("whatif.tooMany", Scenarios.MAX_ACTIONS));
        }
        plans.whatIf(code, period, actions); // refuses an id that does not read back before anything is saved
        long id = scenarios.save(user.username(), code, period.year(), period.month(), name.trim(), actions);
        return "redirect:/evaluation/courts/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/what-if?year="
                + period.year() + (period.month() == null ? "" : "&month=" + period.month()) + "&scenario=" + id;
    }

    @PostMapping("/evaluation/courts/{code}/scenarios/{id}/delete")
    String delete(@PathVariable String code, @PathVariable long id, @Valid PeriodQuery query,
                  @AuthenticationPrincipal CurrentUser user) {
        access.requireCourt(user, code);
        if (!scenarios.delete(user.username(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("whatif.noScenario", id));
        }
        PeriodParam period = query.resolve(service.latestYear());
        return "redirect:/evaluation/courts/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/what-if?year="
                + period.year() + (period.month() == null ? "" : "&month=" + period.month());
    }
}
