package cn.scorecard.app.evaluation;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.metric.Period;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import cn.scorecard.app.platform.demo.DemoLoaded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the server reads its data early ({@code scorecard.data.read-early}, set by {@code scorecard serve}), the first
 * page everyone opens is computed meanwhile too: the default period's evaluation (the latest year), the year before
 * (the ranking's comparison) and every court's core targets of the year (the ranking's columns; the year before's come
 * later), on a thread of their own while the application
 * starts. Nothing is computed that a page would not; the results go into the service's caches. Then, at a lower
 * priority, the latest year's year-to-month evaluations that every court report's monthly trend draws (eleven
 * evaluations of the whole province, shared by all courts' reports: about 8 s of the first report otherwise), and
 * then {@link EvaluationWarmedUp} for whoever warms up what builds on them.
 */
@Component
class EvaluationWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationWarmup.class);
    private final EvaluationService service;
    private final boolean enabled;
    private final ApplicationEventPublisher events;

    EvaluationWarmup(EvaluationService service, @Value("${scorecard.data.read-early:false}") boolean enabled,
                     ApplicationEventPublisher events) {
        this.service = service;
        this.enabled = enabled;
        this.events = events;
    }

    @PostConstruct
    void start() {
        if (!enabled) return;
        Thread t = new Thread(this::warm, "warm-evaluation");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    /** The first start's demo came in after the start-up's evaluations (of the empty database): once more for it. */
    @EventListener
    void demoLoaded(DemoLoaded loaded) {
        start();
    }

    private void warm() {
        long start = System.nanoTime();
        try {
            PeriodParam now = new PeriodParam(service.latestYear(), null); // waits for the data
            // what the default ranking shows first: the year's results and core targets, the year before's totals
            service.evaluate(now.period());
            for (Court c : service.data().courts().all()) service.coreIndicators(c.code(), now.period());
            service.evaluate(now.previous().period());
            LOG.info("已预先计算 {} 年和上一年的评估结果，用时 {} 毫秒", now.year(), (System.nanoTime() - start) / 1_000_000);
            long months = System.nanoTime();
            for (Court c : service.data().courts().all()) service.coreIndicators(c.code(), now.previous().period());
            for (int m = 1; m < 12; m++) service.evaluate(Period.yearToMonth(now.year(), m));
            LOG.info("已预先计算 {} 年 1–11 月累计的评估结果（报告的月度趋势），用时 {} 毫秒", now.year(),
                    (System.nanoTime() - months) / 1_000_000);
            events.publishEvent(new EvaluationWarmedUp(now)); // the report's warm-up, on this thread
        } catch (RuntimeException e) {
            LOG.warn("未能预先计算评估结果：{}", e.toString());
        }
    }
}
