package cn.scorecard.app.evaluation;


import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import jakarta.validation.Valid;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.evaluation.CourtResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A court beside another court of its level, or beside the level's mean ({@code b=mean}): totals, area scores and a
 * radar. A court administrator compares a court of their scope with any peer of its level (totals and area scores
 * only, see {@link EvaluationAccess#requirePeer}).
 */
@Controller
@EvaluationAccess.Readers
class CompareController {
    /** The {@code b} that stands for the level's mean. */
    static final String MEAN = "mean";
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;

    CompareController(EvaluationService service, EvaluationResults results, EvaluationAccess access) {
        this.service = service;
        this.results = results;
        this.access = access;
    }

    /** One side of the comparison: a name, a total and the area scores. */
    public record Side(String code, String name, Double total, List<Double> areas) {
        public String totalText() {
            return Formats.score(total);
        }

        public String areaText(int i) {
            Double v = areas.get(i);
            return v == null ? Messages.text("common.na") : Formats.score(v);
        }
    }

    @GetMapping("/evaluation/compare")
    String compare(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
                   @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user, Model model) {
        PeriodParam period = new PeriodParam(query.resolve(service.latestYear()).year(), null);
        Shown shown = results.shown(period, user, query.view());
        List<Court> own = service.data().courts().all().stream().filter(c -> access.canSee(user, c.code())).toList();
        String left = a == null || a.isBlank() ? (own.size() == 1 ? own.get(0).code() : null) : a;
        model.addAttribute("courts", own);
        model.addAttribute("period", period);
        model.addAttribute("shown", shown);
        model.addAttribute("peers", List.of());
        if (left != null) {
            access.requireCourt(user, left);
            model.addAttribute("peers", access.peers(left));
            if (b != null && !b.isBlank()) {
                CourtResult l = shown.court(left);
                RankingView level = RankingView.build(shown, shown, l.court().level(), period, Set.of());
                Side leftSide = side(l, level);
                Side rightSide;
                if (MEAN.equals(b)) {
                    rightSide = new Side(MEAN, Messages.text("compare.levelMean", l.court().level().label()), level.meanTotal(),
                            level.areaMeans());
                } else {
                    access.requirePeer(user, left, b);
                    CourtResult r = shown.court(b);
                    if (r.court().level() != l.court().level()) {
                        model.addAttribute("error", Messages.text("compare.sameLevel"));
                        model.addAttribute("a", left);
                        model.addAttribute("b", b);
                        return "evaluation/compare";
                    }
                    rightSide = side(r, level);
                }
                model.addAttribute("left", leftSide);
                model.addAttribute("right", rightSide);
                model.addAttribute("areaNames", level.areas().stream().map(RankingView.Area::name).toList());
            }
        }
        model.addAttribute("a", left);
        model.addAttribute("b", b);
        return "evaluation/compare";
    }

    private static Side side(CourtResult c, RankingView level) {
        List<Double> scores = new ArrayList<>();
        for (RankingView.Area area : level.areas()) {
            var n = c.find(area.code());
            scores.add(n == null ? null : n.score());
        }
        return new Side(c.court().code(), c.court().name(), c.total(), scores);
    }
}
