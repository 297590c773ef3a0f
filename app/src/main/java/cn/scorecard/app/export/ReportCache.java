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
 * least recently used go first); a new import or evidence entry changes the data version, which empties the cache, so
 * nothing stale is served or kept.
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

    private long version = Long.MIN_VALUE;

    /** The report of the key, null if not rendered since the data moved to dataVersion (the current data version). */
    Rendered get(long dataVersion, String key) {
        synchronized (reports) {
            moveTo(dataVersion);
            return reports.get(key);
        }
    }

    void put(long dataVersion, String key, Rendered report) {
        renders.incrementAndGet();
        synchronized (reports) {
            moveTo(dataVersion);
            reports.put(key, report);
        }
    }

    /** A new data version empties the cache: no report of older data stays (a published one is rendered again). */
    private void moveTo(long dataVersion) {
        if (dataVersion == version) return;
        reports.clear();
        version = dataVersion;
    }

    int size() {
        return reports.size();
    }

    /** How many reports were rendered since the start (a repeated request renders none). */
    int renders() {
        return renders.get();
    }
}
