package cn.scorecard.app.evaluation;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.evaluation.NodeResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The paged, filterable list of the cases (or other records) behind one indicator of one court. */
@Controller
@EvaluationAccess.Readers
class RecordListController {
    private final EvaluationService service;
    private final EvaluationAccess access;

    RecordListController(EvaluationService service, EvaluationAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/evaluation/courts/{code}/indicators/{node}/records")
    String records(@PathVariable String code, @PathVariable String node, @RequestParam(defaultValue = "denominator") @Pattern(regexp = RecordListView.SETS) String set,
                   @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") @Min(1) int page,
                   @Valid PeriodQuery query,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        NodeResult n = traceableNode(code, node, period);
        model.addAttribute("period", period);
        model.addAttribute("view", RecordListView.of(service.data(), code, n, set, q, page));
        return "evaluation/records";
    }

    NodeResult traceableNode(String code, String node, PeriodParam period) {
        NodeResult n = service.court(code, period.period()).find(node);
        if (n == null || n.explanation() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该指标没有可追溯的记录");
        }
        return n;
    }
}
