package cn.scorecard.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The court report and the workbooks are kept per data version: a new version serves and keeps nothing of the old. */
class DataVersionCachesTest {
    @Test
    void aNewDataVersionEmptiesTheReports() {
        ReportCache cache = new ReportCache();
        ReportCache.Rendered pdf = new ReportCache.Rendered(new byte[] {1, 2, 3}, "江川省宛城区人民法院");
        cache.put(7, "江0102|2025|live|7", pdf);
        cache.put(7, "江0103|2025|live|7", pdf);
        assertThat(cache.get(7, "江0102|2025|live|7")).isSameAs(pdf);
        assertThat(cache.size()).isEqualTo(2);

        assertThat(cache.get(8, "江0102|2025|live|7")).as("asked for under data version 8").isNull();
        assertThat(cache.size()).isZero();
        assertThat(cache.renders()).isEqualTo(2);
    }

    @Test
    void aNewDataVersionWritesTheWorkbookAgain() {
        ExportCache cache = new ExportCache();
        AtomicInteger written = new AtomicInteger();
        ExportCache.Writer writer = out -> out.write(("第" + written.incrementAndGet() + "次").getBytes(StandardCharsets.UTF_8));

        byte[] first = cache.get(7, "ranking|BASIC|2025", writer);
        byte[] again = cache.get(7, "ranking|BASIC|2025", writer);
        byte[] next = cache.get(8, "ranking|BASIC|2025", writer);

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("第1次");
        assertThat(again).isSameAs(first);
        assertThat(new String(next, StandardCharsets.UTF_8)).isEqualTo("第2次");
        assertThat(cache.writes()).isEqualTo(2);
    }
}
