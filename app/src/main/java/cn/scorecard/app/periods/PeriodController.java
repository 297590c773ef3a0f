package cn.scorecard.app.periods;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评估期间: compute a period (background job with progress), review a version, publish it, read the history. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR')")
class PeriodController {
    private final PeriodService service;
    private final RunRepository runs;
    private final ComputeJobs jobs;
    private final EvaluationService evaluation;

    PeriodController(PeriodService service, RunRepository runs, ComputeJobs jobs, EvaluationService evaluation) {
        this.service = service;
        this.runs = runs;
        this.jobs = jobs;
        this.evaluation = evaluation;
    }

    @GetMapping("/periods")
    String list(Model model) {
        model.addAttribute("runs", runs.list(PeriodService.EVALUATION));
        model.addAttribute("year", evaluation.latestYear());
        return "periods/list";
    }

    @PostMapping("/periods/compute")
    String compute(@RequestParam int year, @RequestParam(required = false) Integer month,
                   @AuthenticationPrincipal CurrentUser user, Model model) {
        ComputeJobs.Job job = service.compute(new PeriodParam(year, month).period(), user.username());
        model.addAttribute("job", job);
        return "periods/job";
    }

    /** The progress bar polls this fragment until the job is done. */
    @GetMapping("/periods/jobs/{id}")
    String job(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ComputeJobs.Job job = jobs.get(id);
        if (job == null || !job.owner.equals(user.username())) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        model.addAttribute("job", job);
        return "periods/job :: progress";
    }

    @GetMapping("/periods/runs/{id}")
    String run(@PathVariable long id, Model model) {
        RunRepository.Run run = runs.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("run", run);
        RunRepository.Run previous = runs.previousPublished(run).orElse(null);
        model.addAttribute("previous", previous);
        model.addAttribute("diff", previous == null ? RunDiff.between("{}", run.json()) : RunDiff.between(previous.json(), run.json()));
        return "periods/run";
    }

    @PostMapping("/periods/runs/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        try {
            service.publish(id, user.username());
            flash.addFlashAttribute("message", "已发布，该版本已锁定");
        } catch (IllegalStateException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/periods/runs/" + id;
    }
}
