package cn.scorecard.app.export;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.RankingView;
import cn.scorecard.app.evaluation.RecordListView;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.metric.RecordSet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
@PreAuthorize("hasAnyRole('ADMIN','ASSESSOR','COURT_ADMIN')")
class ExportController {
    private final EvaluationService service;
    private final CourtScope scope;
    private final CourtReports reports;
    private final ReportPdf pdf;

    ExportController(EvaluationService service, CourtScope scope, CourtReports reports, ReportPdf pdf) {
        this.service = service;
        this.scope = scope;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/evaluation/ranking.xlsx")
    void ranking(@RequestParam(defaultValue = "BASIC") CourtLevel level, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) Integer month, @AuthenticationPrincipal CurrentUser user,
                 HttpServletResponse response) throws IOException {
        PeriodParam period = period(year, month);
        RankingView view = RankingView.build(service, level, period, scope.visibleCourts(user));
        Downloads.prepare(response, Downloads.XLSX, "评估排名-" + level.label() + "-" + Downloads.periodName(period) + ".xlsx",
                "ranking-" + level.name().toLowerCase(Locale.ROOT) + "-" + Downloads.periodAscii(period) + ".xlsx");
        RankingWorkbook.write(view, service.catalogVersion(), response.getOutputStream());
    }

    @GetMapping("/evaluation/courts/{code}/tree.xlsx")
    void tree(@PathVariable String code, @RequestParam(required = false) Integer year,
              @RequestParam(required = false) Integer month, @AuthenticationPrincipal CurrentUser user,
              HttpServletResponse response) throws IOException {
        requireCourt(user, code);
        PeriodParam period = period(year, month);
        CourtResult court = service.court(code, period.period());
        Downloads.prepare(response, Downloads.XLSX, "评分-" + court.court().name() + "-" + Downloads.periodName(period) + ".xlsx",
                "score-tree-" + Downloads.codeAscii(code) + "-" + Downloads.periodAscii(period) + ".xlsx");
        TreeWorkbook.write(court, service.coreIndicators(code, period.period()), period, service.catalogVersion(),
                response.getOutputStream());
    }

    @GetMapping("/evaluation/courts/{code}/indicators/{node}/records.xlsx")
    void records(@PathVariable String code, @PathVariable String node, @RequestParam(defaultValue = "denominator") String set,
                 @RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) Integer month, @AuthenticationPrincipal CurrentUser user,
                 HttpServletResponse response) throws IOException {
        requireCourt(user, code);
        PeriodParam period = period(year, month);
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
    void report(@PathVariable String code, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer month, @AuthenticationPrincipal CurrentUser user,
                HttpServletResponse response) throws IOException {
        requireCourt(user, code);
        PeriodParam period = period(year, month);
        CourtReport report = reports.build(code, period);
        byte[] bytes = pdf.render(report);
        Downloads.prepare(response, Downloads.PDF, "评估报告-" + report.courtName() + "-" + Downloads.periodName(period) + ".pdf",
                "report-" + Downloads.codeAscii(code) + "-" + Downloads.periodAscii(period) + ".pdf");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** 404 for a court that does not exist, 403 (through CourtScope) for one the user may not see. */
    private void requireCourt(CurrentUser user, String code) {
        if (service.data().courts().indexOf(code) < 0) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有该法院");
        scope.require(user, code);
    }

    private PeriodParam period(Integer year, Integer month) {
        if (month != null && (month < 1 || month > 12)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "月份应为1—12");
        }
        return new PeriodParam(year == null ? service.latestYear() : year, month);
    }
}
