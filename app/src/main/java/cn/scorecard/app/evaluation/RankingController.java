package cn.scorecard.app.evaluation;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
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
    private final RankingTables tables;

    RankingController(EvaluationService service, EvaluationResults results, EvaluationAccess access, RankingTables tables) {
        this.service = service;
        this.results = results;
        this.access = access;
        this.tables = tables;
    }

    @GetMapping("/evaluation/ranking")
    String ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @Valid PeriodQuery query,
                   @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
                   HttpServletResponse response) throws JsonProcessingException {
        long dataVersion = service.dataVersion(); // before the results: a table is never kept under a newer version
        PeriodParam period = query.resolve(service.latestYear());
        Shown now = results.shown(period, user, query.view());
        Shown before = results.same(now, period.previous());
        Set<String> visible = access.visibleCourts(user);
        RankingView view = RankingView.build(now, before, level, period, visible);
        String key = RankingTables.key(view, now, before, visible);
        model.addAttribute("rankingTable", tables.html(dataVersion, key, () -> tables.render(view, now.viewParam(), request, response)));
        model.addAttribute("view", view);
        model.addAttribute("shown", now);
        model.addAttribute("levels", CourtLevel.values());
        // the chart's option goes into the page (no second request that would evaluate again)
        model.addAttribute("chart", JSON.writeValueAsString(RankingChart.option(view)));
        return "evaluation/ranking";
    }
}
