package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.core.evaluation.NodeResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The paged, filterable list of the cases (or other records) behind one indicator or core target of one court (live). */
@Controller
@EvaluationAccess.Readers
class RecordListController {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;
    private final ReasonService reasons;

    RecordListController(EvaluationService service, EvaluationResults results, EvaluationAccess access,
                         ReasonService reasons) {
        this.service = service;
        this.results = results;
        this.access = access;
        this.reasons = reasons;
    }

    @GetMapping("/evaluation/courts/{code}/indicators/{node}/records")
    String records(@PathVariable String code, @PathVariable String node, @RequestParam(defaultValue = "denominator") @Pattern(regexp = RecordListView.SETS) String set,
                   @Valid ListQuery list, @Valid PeriodQuery query,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        NodeResult n = RecordListView.traced(service, code, node, period);
        model.addAttribute("period", period);
        model.addAttribute("shown", results.live(period, user)); // the records are never stored with a version
        model.addAttribute("view", RecordListView.of(service.data(), code, n, set, list, reasons.explainer(n, period.period())));
        return "evaluation/records";
    }
}
