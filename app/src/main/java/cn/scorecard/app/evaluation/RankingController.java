package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.CourtLevel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 评估排名: the ranking of one level for a year or the months so far. */
@Controller
@EvaluationAccess.Readers
class RankingController {
    private final EvaluationService service;
    private final EvaluationAccess access;

    RankingController(EvaluationService service, EvaluationAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/evaluation/ranking")
    String ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        PeriodParam period = query.resolve(service.latestYear());
        model.addAttribute("view", RankingView.build(service, level, period, access.visibleCourts(user)));
        model.addAttribute("levels", CourtLevel.values());
        return "evaluation/ranking";
    }
}
