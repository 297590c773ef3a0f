package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.evaluation.CourtResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A court's score tree: areas → indicators, each with value, target, score and the weight actually used. */
@Controller
@EvaluationAccess.Readers
class CourtController {
    private final EvaluationService service;
    private final EvaluationAccess access;

    CourtController(EvaluationService service, EvaluationAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/evaluation/courts/{code}")
    String court(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        CourtResult result = service.court(code, period.period());
        model.addAttribute("period", period);
        model.addAttribute("court", result);
        model.addAttribute("rows", TreeRow.flatten(result.areas()));
        model.addAttribute("core", service.coreIndicators(code, period.period()));
        model.addAttribute("catalogVersion", service.catalogVersion());
        return "evaluation/court";
    }
}
