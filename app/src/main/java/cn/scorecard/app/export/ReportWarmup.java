package cn.scorecard.app.export;

import cn.scorecard.app.evaluation.EvaluationResults;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.EvaluationWarmedUp;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.core.court.Courts;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After the start-up evaluations, one court report is built and laid out and thrown away, so that the first report
 * a user asks for does not also pay for the JVM's first PDF: the PDF and chart classes loaded and compiled, the
 * bundled fonts read and parsed (about 1.5 s on two cores). Nothing is cached: which results a user sees (published or
 * live) is the user's, and the report cache keys by it.
 */
@Component
class ReportWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ReportWarmup.class);
    private final EvaluationService service;
    private final EvaluationResults results;
    private final CourtReports reports;
    private final ReportPdf pdf;

    ReportWarmup(EvaluationService service, EvaluationResults results, CourtReports reports, ReportPdf pdf) {
        this.service = service;
        this.results = results;
        this.reports = reports;
        this.pdf = pdf;
    }

    @EventListener
    void warm(EvaluationWarmedUp warmed) {
        long start = System.nanoTime();
        try {
            Courts courts = service.data().courts();
            int top = IntStream.range(0, courts.size()).filter(i -> courts.parentOf(i) < 0).findFirst().orElse(-1);
            if (top < 0) return; // no data
            Shown shown = results.live(warmed.latest());
            byte[] bytes = pdf.render(reports.build(courts.get(top).code(), warmed.latest(), shown, results.same(shown, warmed.latest().previous())));
            LOG.info("已预先排版一份评估报告（{} 字节，不缓存），用时 {} 毫秒", bytes.length, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("预先排版评估报告失败：{}", e.toString());
        }
    }
}
