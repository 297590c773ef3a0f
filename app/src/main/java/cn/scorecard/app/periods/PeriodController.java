package cn.scorecard.app.periods;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Jobs;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评估期间: compute a period (background job with progress), review a version, publish it, read the history. */
@Controller
@PeriodAccess.Managers
class PeriodController {
    /** The event that makes the list page reload its table of versions. */
    static final String RUNS_CHANGED = "runs-changed";
    private final PeriodService service;
    private final ResultRuns runs;
    private final ComputeJobs jobs;
    private final EvaluationService evaluation;
    private final PeriodAccess access;

    PeriodController(PeriodService service, ResultRuns runs, ComputeJobs jobs, EvaluationService evaluation,
                     PeriodAccess access) {
        this.service = service;
        this.runs = runs;
        this.jobs = jobs;
        this.evaluation = evaluation;
        this.access = access;
    }

    @GetMapping("/periods")
    String list(Model model) {
        model.addAttribute("runs", runs.list(RunKind.EVALUATION));
        model.addAttribute("year", evaluation.latestYear());
        return "periods/list";
    }

    /** From the list page (htmx) only the progress bar, which goes into the page; without htmx the progress page. */
    @PostMapping("/periods/compute")
    String compute(@Valid PeriodQuery query, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        Jobs.Job<Long> job = service.compute(query.resolve(evaluation.latestYear()).period(), user.username());
        model.addAttribute("job", job);
        return htmx == null ? "periods/job" : "periods/job :: progress";
    }

    /**
     * The progress bar polls this fragment until the job is done; the answer that reports the end also tells the
     * page (HX-Trigger) to reload its list of versions, so the new one appears without a reload.
     */
    @GetMapping("/periods/jobs/{id}")
    String job(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        Jobs.Job<Long> job = jobs.get(id, user.username());
        if (job == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("job", job);
        if (job.done()) response.setHeader("HX-Trigger", RUNS_CHANGED);
        return "periods/job :: progress";
    }

    @GetMapping("/periods/runs/{id}")
    String run(@PathVariable long id, Model model) {
        ResultRun run = access.evaluationRun(id);
        model.addAttribute("run", run);
        ResultRun previous = runs.previousPublished(run).orElse(null);
        model.addAttribute("previous", previous);
        model.addAttribute("diff", RunDiff.between(previous == null ? "{}" : previous.json(), run.json()));
        model.addAttribute("checks", service.checks(run));
        model.addAttribute("confirmation", service.publishConfirmation(run));
        model.addAttribute("period", PeriodLabels.of(run));
        model.addAttribute("periodQuery", PeriodLabels.query(run));
        return "periods/run";
    }

    @PostMapping("/periods/runs/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        ResultRun run = access.evaluationRun(id);
        try {
            service.publish(run, user.username());
            flash.addFlashAttribute("message", Messages.text("period.published"));
        } catch (IllegalStateException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/periods/runs/" + id;
    }
}
