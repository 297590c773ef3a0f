package cn.scorecard.app.export;

import cn.scorecard.app.documents.Downloads;
import cn.scorecard.app.web.Messages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import cn.scorecard.app.evaluation.EvaluationResults;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.ReasonService;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.evaluation.RankingView;
import cn.scorecard.app.evaluation.RecordListView;
import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.web.ListQuery;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.RecordSet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads behind the evaluation pages: the ranking, a court's score tree and the records behind a value as
 * Excel, a court's evaluation report as PDF. Same parameters and the same court scope as the pages: a court the
 * user may not see is 403, an unknown court or indicator 404.
 */
@Controller
@EvaluationAccess.Readers
class ExportController {
    private final EvaluationService service;
    private final EvaluationResults results;
    private final EvaluationAccess access;
    private final CourtReports reports;
    private final ReportPdf pdf;
    private final ReportCache cache;
    private final ExportCache workbooks;
    private final ReasonService reasons;

    ExportController(EvaluationService service, EvaluationResults results, EvaluationAccess access, CourtReports reports,
                     ReportPdf pdf, ReportCache cache, ReasonService reasons, ExportCache workbooks) {
        this.cache = cache;
        this.reasons = reasons;
        this.workbooks = workbooks;
        this.service = service;
        this.results = results;
        this.access = access;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/evaluation/ranking.xlsx")
    void ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                 HttpServletResponse response) throws IOException {
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        java.util.Set<String> visible = access.visibleCourts(user);
        String key = "ranking|" + level + "|" + ExportCache.results(period, shown) + "|" + new java.util.TreeSet<>(visible);
        byte[] bytes = workbooks.get(shown.dataVersion(), key, out -> RankingWorkbook.write(
                RankingView.build(shown, results.same(shown, period.previous()), level, period, visible),
                shown.result().catalogVersion(), out));
        Downloads.prepare(response, Downloads.XLSX, Messages.text("export.file.ranking", level.label(), ExportNames.periodName(period)),
                "ranking-" + level.name().toLowerCase(Locale.ROOT) + "-" + ExportNames.periodAscii(period) + ".xlsx");
        send(response, bytes);
    }

    @GetMapping("/evaluation/courts/{code}/tree.xlsx")
    void tree(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
              HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        CourtResult court = shown.court(code);
        Downloads.prepare(response, Downloads.XLSX, Messages.text("export.file.tree", court.court().name(), ExportNames.periodName(period)),
                "score-tree-" + Downloads.codeAscii(code) + "-" + ExportNames.periodAscii(period) + ".xlsx");
        byte[] bytes = workbooks.get(shown.dataVersion(), "tree|" + code + "|" + ExportCache.results(period, shown),
                out -> TreeWorkbook.write(court, shown.core(code), period, shown.result().catalogVersion(), shown.label(), out));
        send(response, bytes);
    }

    @GetMapping("/evaluation/courts/{code}/indicators/{node}/records.xlsx")
    void records(@PathVariable String code, @PathVariable String node, @RequestParam(defaultValue = "denominator") @Pattern(regexp = RecordListView.SETS) String set,
                 @Valid ListQuery list, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                 HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        CourtResult court = service.court(code, period.period());
        NodeResult n = RecordListView.traced(service, code, node, period);
        RecordSet records = RecordListView.select(n, set);
        int[] ids = RecordListView.ordered(service.data(), records, list);
        String q = list.text();
        String setName = switch (set) {
            case "numerator" -> Messages.text("records.set.numerator");
            case "missed" -> Messages.text("common.missed");
            default -> Messages.text("records.set.denominator");
        };
        String title = court.court().name() + " · " + n.code() + " " + n.node().name() + " · " + setName + " · " + period.label()
                + (q == null || q.isBlank() ? "" : Messages.text("export.records.filter", q.trim())) + " · " + results.live(period, user).label();
        Downloads.prepare(response, Downloads.XLSX, Messages.text("export.file.records", court.court().name(), n.code(), setName,
                        ExportNames.periodName(period)),
                "records-" + Downloads.codeAscii(code) + "-" + n.code() + "-" + ("missed".equals(set) || "numerator".equals(set)
                        ? set : "denominator") + "-" + ExportNames.periodAscii(period) + ".xlsx");
        RecordsWorkbook.write(service.data(), records.kind(), ids, title, response.getOutputStream(),
                reasons.explainer(n, period.period()));
    }

    @GetMapping("/evaluation/courts/{code}/report.pdf")
    void report(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        Shown shown = results.shown(period, user, query.view());
        String key = ReportCache.key(code, period, shown);
        ReportCache.Rendered rendered = cache.get(service.dataVersion(), key);
        if (rendered == null) { // not asked for through the report job: render it now, and keep it
            CourtReport report = reports.build(code, period, shown, results.same(shown, period.previous()));
            rendered = new ReportCache.Rendered(pdf.render(report), report.courtName());
            cache.put(service.dataVersion(), key, rendered);
        }
        byte[] bytes = rendered.pdf();
        Downloads.prepare(response, Downloads.PDF, Messages.text("export.file.report", rendered.courtName(), ExportNames.periodName(period)),
                "report-" + Downloads.codeAscii(code) + "-" + ExportNames.periodAscii(period) + ".pdf");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void send(HttpServletResponse response, byte[] bytes) throws IOException {
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
