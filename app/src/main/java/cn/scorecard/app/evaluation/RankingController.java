package cn.scorecard.app.evaluation;

import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.CourtLevel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 评估排名: the ranking of one level for a year or the months so far. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR','COURT_ADMIN')")
class RankingController {
    private final EvaluationService service;
    private final CourtScope scope;

    RankingController(EvaluationService service, CourtScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @GetMapping("/evaluation/ranking")
    String ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @RequestParam(required = false) Integer year,
                   @RequestParam(required = false) Integer month, @AuthenticationPrincipal CurrentUser user, Model model) {
        PeriodParam period = new PeriodParam(year == null ? service.latestYear() : year, month);
        model.addAttribute("view", RankingView.build(service, level, period, scope.visibleCourts(user)));
        model.addAttribute("levels", CourtLevel.values());
        return "evaluation/ranking";
    }
}
