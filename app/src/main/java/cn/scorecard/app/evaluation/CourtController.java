package cn.scorecard.app.evaluation;


import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A court's page: its total and rank in its level, each area against the level's mean, the core targets, charts
 * (areas, the months of the year, the years), and the score tree (areas → indicators, each with value, target, score
 * and the weight actually used). Published or live, as {@link Shown} says.
 */
@Controller
@EvaluationAccess.Readers
class CourtController {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;

    CourtController(EvaluationService service, EvaluationResults results, EvaluationAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    /** One area of the court against the mean of its level. */
    public record AreaLine(String code, String name, double weight, Double score, Double levelMean) {
        public Double gap() {
            return score == null || levelMean == null ? null : score - levelMean;
        }

        public String scoreText() {
            return score == null ? Messages.text("common.na") : Formats.score(score);
        }

        public String meanText() {
            return Formats.score(levelMean);
        }

        public String gapText() {
            Double g = gap();
            return Formats.signed(g);
        }
    }

    @GetMapping("/evaluation/courts/{code}")
    String court(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        CourtResult result = shown.court(code);
        RankingView level = RankingView.build(shown, results.same(shown, period.previous()), result.court().level(),
                period, Set.of(code));
        List<AreaLine> areas = new ArrayList<>();
        for (int i = 0; i < level.areas().size(); i++) {
            RankingView.Area a = level.areas().get(i);
            NodeResult n = result.find(a.code());
            areas.add(new AreaLine(a.code(), a.name(), a.weight(), n == null ? null : n.score(), level.areaMeans().get(i)));
        }
        model.addAttribute("period", period);
        model.addAttribute("shown", shown);
        model.addAttribute("court", result);
        model.addAttribute("rank", level.row(code));
        model.addAttribute("level", level);
        model.addAttribute("areas", areas);
        model.addAttribute("rows", TreeRow.flatten(result.areas()));
        model.addAttribute("core", shown.core(code));
        model.addAttribute("lost", LostPointRow.of(cn.scorecard.core.plan.LostPoints.of(shown.result(), code)));
        model.addAttribute("catalogVersion", result.areas().isEmpty() ? service.catalogVersion() : shown.result().catalogVersion());
        return "evaluation/court";
    }
}
