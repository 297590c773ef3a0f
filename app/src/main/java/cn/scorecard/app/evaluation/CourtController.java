package cn.scorecard.app.evaluation;

import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.evaluation.CourtResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A court's score tree: areas → indicators, each with value, target, score and the weight actually used. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR','COURT_ADMIN')")
class CourtController {
    private final EvaluationService service;
    private final CourtScope scope;

    CourtController(EvaluationService service, CourtScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GetMapping("/evaluation/courts/{code}")
    String court(@PathVariable String code, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) Integer month, @AuthenticationPrincipal CurrentUser user, Model model) {
        scope.require(user, code);
        PeriodParam period = new PeriodParam(year == null ? service.latestYear() : year, month);
        CourtResult result = service.court(code, period.period());
        model.addAttribute("period", period);
        model.addAttribute("court", result);
        model.addAttribute("rows", TreeRow.flatten(result.areas()));
        model.addAttribute("core", service.coreIndicators(code, period.period()));
        model.addAttribute("catalogVersion", service.catalogVersion());
        return "evaluation/court";
    }
}
