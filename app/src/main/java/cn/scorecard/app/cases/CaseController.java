package cn.scorecard.app.cases;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.SignedIn;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The case page (案件画像): every case number of the application links here. Any signed-in user whose court scope
 * covers the case's court may open it (another court's user gets 403); the staff items follow the staff rules.
 */
@Controller
@SignedIn
class CaseController {
    private final CaseProfileService profiles;
    private final EvaluationService evaluation;

    CaseController(CaseProfileService profiles, EvaluationService evaluation) {
        this.profiles = profiles;
        this.evaluation = evaluation;
    }

    @GetMapping("/cases/{court}/{number}")
    String page(@PathVariable String court, @PathVariable String number, @Valid PeriodQuery query,
                @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("profile", profiles.profile(user, court, number, query.resolve(evaluation.latestYear())));
        return "cases/case";
    }
}
