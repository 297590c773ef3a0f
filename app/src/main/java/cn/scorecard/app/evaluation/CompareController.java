package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.evaluation.CourtResult;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two courts side by side: totals, areas and a radar. */
@Controller
@EvaluationAccess.Readers
class CompareController {
    private final EvaluationService service;
    private final EvaluationAccess access;

    CompareController(EvaluationService service, EvaluationAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/evaluation/compare")
    String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
                   @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        PeriodParam period = new PeriodParam(query.resolve(service.latestYear()).year(), null);
        List<Court> courts = service.data().courts().all().stream().filter(c -> access.canSee(user, c.code())).toList();
        model.addAttribute("courts", courts);
        model.addAttribute("period", period);
        if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
            access.requireCourt(user, a);
            access.requireCourt(user, b);
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
