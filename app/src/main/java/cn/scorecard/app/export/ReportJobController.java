package cn.scorecard.app.export;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.evaluation.EvaluationResults;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.Jobs;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * A court's report as a job with progress (it takes seconds): the court page starts it and polls its progress bar,
 * which ends with the download link; a report already rendered for the same data and results is there at once.
 */
@Controller
@EvaluationAccess.Readers
class ReportJobController {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;
    private final CourtReports reports;
    private final ReportPdf pdf;
    private final ReportCache cache;
    private final ReportJobs jobs;

    ReportJobController(EvaluationService service, EvaluationResults results, EvaluationAccess access, CourtReports reports,
                        ReportPdf pdf, ReportCache cache, ReportJobs jobs) {
        this.service = service;
        this.results = results;
        this.access = access;
        this.reports = reports;
        this.pdf = pdf;
        this.cache = cache;
        this.jobs = jobs;
    }

    @PostMapping("/evaluation/courts/{code}/report/jobs")
    String start(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        String key = ReportCache.key(code, period, shown);
        String download = "/evaluation/courts/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/report.pdf?"
                + period.query() + (shown.viewParam() == null ? "" : "&view=" + shown.viewParam());
        Jobs.Job<String> job = cache.get(service.dataVersion(), key) != null ? jobs.done(user.username(), download)
                : jobs.start(user.username(), j -> {
                    CourtReport report = reports.build(code, period, shown, results.same(shown, period.previous()), j::progress);
                    j.progress(85, Messages.text("report.step.layout"));
                    cache.put(service.dataVersion(), key, new ReportCache.Rendered(pdf.render(report), report.courtName()));
                    j.finish(download);
                });
        model.addAttribute("job", job);
        return htmx == null ? "export/report-job" : "export/report-job :: progress";
    }

    @GetMapping("/evaluation/report-jobs/{id}")
    String job(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Jobs.Job<String> job = jobs.get(id, user.username());
        if (job == null) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("report.noJob", String.valueOf(id)));
        model.addAttribute("job", job);
        return "export/report-job :: progress";
    }
}
