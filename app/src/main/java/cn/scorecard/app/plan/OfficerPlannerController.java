package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.plan.OfficerPlan;
import cn.scorecard.core.plan.Plan;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An officer's own planner (我的提分计划): the court's planner on the officer's own cases, ranked by the gain for the
 * court, each with its effect on the officer's monthly assessment (the month of the planning day), recomputed by the
 * staff assessment on the data with the action applied (the officer's own cases tallied, per action).
 */
@Controller
class OfficerPlannerController {
    private final PlanService plans;
    private final EvaluationService service;
    private final StaffResultService staff;

    OfficerPlannerController(PlanService plans, EvaluationService service, StaffResultService staff) {
        this.plans = plans;
        this.service = service;
        this.staff = staff;
    }

    /** One line of the officer's planner, formatted. */
    public record Line(PlanRow row, String staffBefore, String staffAfter, String staffChange) {
    }

    @GetMapping("/staff/me/planner")
    @StaffAccess.Officer
    String mine(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        ProvinceData data = plans.data();
        int index = -1;
        for (int i = 0; i < data.staff().size(); i++) {
            if (data.staff().get(i).id().equals(user.staffCode())) index = i;
        }
        if (index < 0 || user.courtCode() == null) throw new AccessDeniedException(Messages.text("planner.officer.noStaff"));
        PeriodParam period = new PeriodParam(year == null ? service.latestYear() : year, null);
        PlanService.Window w = plans.window(period, null, null);
        Plan plan = plans.plan(user.courtCode(), period, w);
        YearMonth month = YearMonth.from(w.from());
        String staffId = user.staffCode();
        List<OfficerPlan.Item> items = OfficerPlan.of(plan, plans.context(period), index,
                staff.officerTotal(staffId, index, month));
        List<Line> lines = items.stream().map(it -> new Line(PlanRow.of(it.planned(), plan.base(), data),
                Formats.tenths(it.staffBefore()),
                Formats.tenths(it.staffAfter()),
                it.staffChange() == null ? "" : Formats.signedTenths(it.staffChange()))).toList();
        model.addAttribute("period", period);
        model.addAttribute("window", w);
        model.addAttribute("month", month);
        model.addAttribute("court", plan.base());
        model.addAttribute("lines", lines);
        model.addAttribute("planDay", Times.date(plan.planDay()));
        return "plan/officer";
    }
}
