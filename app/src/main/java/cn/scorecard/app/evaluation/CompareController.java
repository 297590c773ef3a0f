package cn.scorecard.app.evaluation;

import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.evaluation.CourtResult;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two courts side by side: totals, areas and a radar. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR','COURT_ADMIN')")
class CompareController {
    private final EvaluationService service;
    private final CourtScope scope;

    CompareController(EvaluationService service, CourtScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GetMapping("/evaluation/compare")
    String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
                   @RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
        PeriodParam period = new PeriodParam(year == null ? service.latestYear() : year, null);
        List<Court> courts = service.data().courts().all().stream().filter(c -> scope.canSee(user, c.code())).toList();
        model.addAttribute("courts", courts);
        model.addAttribute("period", period);
        if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
            scope.require(user, a);
            scope.require(user, b);
            CourtResult ra = service.court(a, period.period());
            CourtResult rb = service.court(b, period.period());
            if (ra.court().level() != rb.court().level()) {
                model.addAttribute("error", "只能比较同一层级的法院");
            } else {
                model.addAttribute("left", ra);
                model.addAttribute("right", rb);
            }
        }
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        return "evaluation/compare";
    }
}
