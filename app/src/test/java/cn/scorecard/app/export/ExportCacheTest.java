package cn.scorecard.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A workbook asked for again is served from the cache, byte for byte; another scope or period is written anew. */
class ExportCacheTest extends ExportTestSupport {
    @Autowired
    ExportCache cache;

    @Test
    void aRepeatedDownloadWritesNothing() throws Exception {
        // a period no other test asks for: the shared context's cache cannot hold it for another viewer yet
        byte[] first = ok(ASSESSOR, "/evaluation/ranking.xlsx?level=BASIC&year=2025&month=5").getContentAsByteArray();
        long writes = cache.writes();
        byte[] again = ok(ASSESSOR, "/evaluation/ranking.xlsx?level=BASIC&year=2025&month=5").getContentAsByteArray();

        assertThat(again).isEqualTo(first);
        assertThat(cache.writes()).isEqualTo(writes);

        byte[] court = ok(BASIC_COURT, "/evaluation/ranking.xlsx?level=BASIC&year=2025&month=5").getContentAsByteArray();
        assertThat(cache.writes()).as("another viewer's courts: another workbook").isEqualTo(writes + 1);
        assertThat(court).isNotEmpty();
        // periods no other test asks for, so that the shared context's cache does not hold them yet
        ok(ASSESSOR, "/evaluation/courts/{c}/tree.xlsx?year=2025&month=7", COURT);
        ok(ASSESSOR, "/evaluation/courts/{c}/tree.xlsx?year=2025&month=7", COURT);
        assertThat(cache.writes()).isEqualTo(writes + 2);
        ok(ASSESSOR, "/evaluation/courts/{c}/tree.xlsx?year=2025&month=8", COURT);
        assertThat(cache.writes()).isEqualTo(writes + 3);
    }
}
