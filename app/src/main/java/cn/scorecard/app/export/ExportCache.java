package cn.scorecard.app.export;

import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.Shown;
import cn.scorecard.app.platform.cache.VersionedCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Workbooks already written (ranking, score tree), per data version, period, results shown and what
 * else the download depends on (level, court, the viewer's courts): writing one walks every court or
 * record, and the same download is asked for again and again. A new data version empties the cache.
 */
@Component
class ExportCache {
    private final VersionedCache<byte[]> workbooks = new VersionedCache<>(48);

    /** Writes a workbook into bytes. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    byte[] get(long dataVersion, String key, Writer writer) {
        return workbooks.get(dataVersion, key, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try {
                writer.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    /** The part of a key every download shares: the period and which results (a published run, or the live ones). */
    static String results(PeriodParam period, Shown shown) {
        return period.period().start() + "|" + period.period().end() + "|"
                + (shown.published() ? "run" + shown.run().id() : "live");
    }

    /** Workbooks written since the start (a cached download writes none). */
    long writes() {
        return workbooks.computations();
    }
}
