package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.CourtLevel;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 评估排名: the ranking of one level for a year or the months so far, published or live, with a chart of the totals. */
@Controller
@EvaluationAccess.Readers
class RankingController {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;

    RankingController(EvaluationService service, EvaluationResults results, EvaluationAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    @GetMapping("/evaluation/ranking")
    String ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @Valid PeriodQuery query,
                   @AuthenticationPrincipal CurrentUser user, Model model) throws JsonProcessingException {
        PeriodParam period = query.resolve(service.latestYear());
        Shown now = results.shown(period, user, query.view());
        RankingView view = RankingView.build(now, results.same(now, period.previous()), level, period, access.visibleCourts(user));
        model.addAttribute("view", view);
        model.addAttribute("shown", now);
        model.addAttribute("levels", CourtLevel.values());
        // the chart's option goes into the page (no second request that would evaluate again)
        model.addAttribute("chart", JSON.writeValueAsString(RankingChart.option(view)));
        return "evaluation/ranking";
    }
}
