package cn.scorecard.app.export;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.PeriodQuery;
import cn.scorecard.app.evaluation.RankingView;
import cn.scorecard.app.evaluation.RecordListView;
import cn.scorecard.app.evaluation.EvaluationAccess;
import cn.scorecard.app.security.CurrentUser;
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
    private final EvaluationAccess access;
    private final CourtReports reports;
    private final ReportPdf pdf;

    ExportController(EvaluationService service, EvaluationAccess access, CourtReports reports, ReportPdf pdf) {
        this.service = service;
        this.access = access;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/evaluation/ranking.xlsx")
    void ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                 HttpServletResponse response) throws IOException {
        PeriodParam period = query.resolve(service.latestYear());
        RankingView view = RankingView.build(service, level, period, access.visibleCourts(user));
        Downloads.prepare(response, Downloads.XLSX, "评估排名-" + level.label() + "-" + Downloads.periodName(period) + ".xlsx",
                "ranking-" + level.name().toLowerCase(Locale.ROOT) + "-" + Downloads.periodAscii(period) + ".xlsx");
        RankingWorkbook.write(view, service.catalogVersion(), response.getOutputStream());
    }

    @GetMapping("/evaluation/courts/{code}/tree.xlsx")
    void tree(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
              HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        CourtResult court = service.court(code, period.period());
        Downloads.prepare(response, Downloads.XLSX, "评分-" + court.court().name() + "-" + Downloads.periodName(period) + ".xlsx",
                "score-tree-" + Downloads.codeAscii(code) + "-" + Downloads.periodAscii(period) + ".xlsx");
        TreeWorkbook.write(court, service.coreIndicators(code, period.period()), period, service.catalogVersion(),
                response.getOutputStream());
    }

    @GetMapping("/evaluation/courts/{code}/indicators/{node}/records.xlsx")
    void records(@PathVariable String code, @PathVariable String node, @RequestParam(defaultValue = "denominator") @Pattern(regexp = RecordListView.SETS) String set,
                 @RequestParam(required = false) String q, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                 HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        CourtResult court = service.court(code, period.period());
        NodeResult n = court.find(node);
        if (n == null || n.explanation() == null || n.explanation().denominatorRecords() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该指标没有可追溯的记录");
        }
        RecordSet records = RecordListView.select(n, set);
        int[] ids = RecordListView.matching(service.data(), records, q);
        String setName = switch (set) {
            case "numerator" -> "分子";
            case "missed" -> "未达标";
            default -> "分母";
        };
        String title = court.court().name() + " · " + n.code() + " " + n.node().name() + " · " + setName + " · " + period.label()
                + (q == null || q.isBlank() ? "" : " · 筛选“" + q.trim() + "”");
        Downloads.prepare(response, Downloads.XLSX, "记录-" + court.court().name() + "-" + n.code() + "-" + setName + "-"
                        + Downloads.periodName(period) + ".xlsx",
                "records-" + Downloads.codeAscii(code) + "-" + n.code() + "-" + ("missed".equals(set) || "numerator".equals(set)
                        ? set : "denominator") + "-" + Downloads.periodAscii(period) + ".xlsx");
        RecordsWorkbook.write(service.data(), records.kind(), ids, title, response.getOutputStream());
    }

    @GetMapping("/evaluation/courts/{code}/report.pdf")
    void report(@PathVariable String code, @Valid PeriodQuery query, @AuthenticationPrincipal CurrentUser user,
                HttpServletResponse response) throws IOException {
        access.requireCourt(user, code);
        PeriodParam period = query.resolve(service.latestYear());
        CourtReport report = reports.build(code, period);
        byte[] bytes = pdf.render(report);
        Downloads.prepare(response, Downloads.PDF, "评估报告-" + report.courtName() + "-" + Downloads.periodName(period) + ".pdf",
                "report-" + Downloads.codeAscii(code) + "-" + Downloads.periodAscii(period) + ".pdf");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }


}
