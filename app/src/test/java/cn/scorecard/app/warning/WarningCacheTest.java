package cn.scorecard.app.warning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.warning.Warning;
import cn.scorecard.core.warning.WarningFilter;
import cn.scorecard.core.warning.WarningScanner;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Warnings are scanned once per data version, moment and scope; a new data version scans the new data. */
class WarningCacheTest {
    private static final LocalDateTime MOMENT = LocalDateTime.of(2025, 9, 30, 23, 59);

    /** A data source whose data and version a test replaces, as an import does. */
    private static final class Source implements ProvinceSource {
        ProvinceData data;
        long version;

        @Override
        public ProvinceData current() {
            return data;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public String fingerprint() {
            return "v" + version;
        }
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheAndANewDataVersionIsScannedAgain() {
        Source source = new Source();
        source.data = DemoProvince.generate(DemoSpec.defaults(5L).withCourts(1, 2).withCases(2_000));
        source.version = 1;
        WarningService service = new WarningService(source, null, "Asia/Shanghai");
        WarningScope everyCourt = new WarningScope(Set.of(0, 1, 2, 3), -1, false);

        List<Warning> first = service.scan(service.snapshot(), MOMENT, everyCourt);
        List<Warning> again = service.scan(service.snapshot(), MOMENT, new WarningScope(Set.of(3, 2, 1, 0), -1, false));

        assertThat(first).isNotEmpty();
        assertThat(again).isSameAs(first);
        assertThat(service.scans()).isEqualTo(1);
        // another scope or moment is another scan
        service.scan(service.snapshot(), MOMENT, new WarningScope(Set.of(2), -1, false));
        service.scan(service.snapshot(), MOMENT.minusDays(1), everyCourt);
        assertThat(service.scans()).isEqualTo(3);

        source.data = DemoProvince.generate(DemoSpec.defaults(6L).withCourts(1, 2).withCases(2_500));
        source.version = 2;
        List<Warning> afterImport = service.scan(service.snapshot(), MOMENT, everyCourt);

        assertThat(service.scans()).isEqualTo(4);
        assertThat(afterImport).isEqualTo(new WarningScanner(source.data, DeadlineRules.bundled())
                .scan(MOMENT, new WarningFilter(Set.of(0, 1, 2, 3), -1, null)));
        assertThat(afterImport).isNotEqualTo(first);
    }
}
