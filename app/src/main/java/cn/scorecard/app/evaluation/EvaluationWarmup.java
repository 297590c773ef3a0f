package cn.scorecard.app.evaluation;

import cn.scorecard.core.court.Court;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the server reads its data early ({@code scorecard.data.read-early}, set by {@code scorecard serve}), the first
 * page everyone opens is computed meanwhile too: the default period's evaluation (the latest year), the year before
 * (the ranking's comparison) and every court's core targets of both, on a thread of their own while the application
 * starts. Nothing is computed that a page would not; the results go into the service's caches.
 */
@Component
class EvaluationWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationWarmup.class);
    private final EvaluationService service;
    private final boolean enabled;

    EvaluationWarmup(EvaluationService service, @Value("${scorecard.data.read-early:false}") boolean enabled) {
        this.service = service;
        this.enabled = enabled;
    }

    @PostConstruct
    void start() {
        if (!enabled) return;
        Thread t = new Thread(this::warm, "warm-evaluation");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    private void warm() {
        long start = System.nanoTime();
        try {
            PeriodParam now = new PeriodParam(service.latestYear(), null); // waits for the data
            for (PeriodParam p : new PeriodParam[] {now, now.previous()}) {
                service.evaluate(p.period());
                for (Court c : service.data().courts().all()) service.coreIndicators(c.code(), p.period());
            }
            LOG.info("已预先计算 {} 年和上一年的评估结果，用时 {} 毫秒", now.year(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("未能预先计算评估结果：{}", e.toString());
        }
    }
}
