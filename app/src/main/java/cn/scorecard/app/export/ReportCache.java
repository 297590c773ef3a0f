package cn.scorecard.app.export;

import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.Shown;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Court reports already rendered, per court, period, results shown (a published version, or the live computation)
 * and data version: a report takes seconds to lay out, and the same one is asked for again and again. Bounded (the
 * least recently used go first); a new import or evidence entry changes the data version, so nothing stale is served.
 */
@Component
class ReportCache {
    private static final int SIZE = 24;
    private final Map<String, Rendered> reports = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
            return size() > SIZE;
        }
    });
    private final AtomicInteger renders = new AtomicInteger();

    /** A rendered report: its bytes and the court's name (for the file name). */
    record Rendered(byte[] pdf, String courtName) {
    }

    /** The key of a report: the court, the period, which results (run id or live) and the data they were read from. */
    static String key(String court, PeriodParam period, Shown shown) {
        return court + "|" + period.period().start() + "|" + period.period().end() + "|"
                + (shown.published() ? "run" + shown.run().id() : "live") + "|" + shown.dataVersion();
    }

    Rendered get(String key) {
        return reports.get(key);
    }

    void put(String key, Rendered report) {
        renders.incrementAndGet();
        reports.put(key, report);
    }

    /** How many reports were rendered since the start (a repeated request renders none). */
    int renders() {
        return renders.get();
    }
}
