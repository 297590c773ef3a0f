package cn.scorecard.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import org.junit.jupiter.api.Test;

/** The exports keep the pages' court scope: 403 for a court the user may not see or a role without access, 404 for unknown. */
class ExportAccessTest extends ExportTestSupport {
    private String otherBasicCourt() {
        return service.data().courts().all().stream().filter(c -> c.level() == CourtLevel.BASIC)
                .map(Court::code).filter(c -> !c.equals(COURT)).findFirst().orElseThrow();
    }

    @Test
    void aBasicCourtUserGets403ForAnotherCourtsExports() throws Exception {
        String other = otherBasicCourt();
        assertThat(statusOf(BASIC_COURT, "/evaluation/courts/{c}/tree.xlsx", other)).isEqualTo(403);
        assertThat(statusOf(BASIC_COURT, "/evaluation/courts/{c}/report.pdf", other)).isEqualTo(403);
        assertThat(statusOf(BASIC_COURT, "/evaluation/courts/{c}/indicators/{n}/records.xlsx", other, NODE)).isEqualTo(403);
        assertThat(statusOf(BASIC_COURT, "/evaluation/courts/{c}/tree.xlsx", "江01")).isEqualTo(403);
    }

    @Test
    void aBasicCourtUserMayExportItsOwnCourt() throws Exception {
        assertThat(statusOf(BASIC_COURT, "/evaluation/courts/{c}/tree.xlsx", COURT)).isEqualTo(200);
        assertThat(statusOf(BASIC_COURT, "/evaluation/courts/{c}/indicators/{n}/records.xlsx?set=missed", COURT, NODE)).isEqualTo(200);
        assertThat(statusOf(BASIC_COURT, "/evaluation/ranking.xlsx?level=BASIC")).isEqualTo(200);
    }

    @Test
    void anOfficerGets403ForEveryExport() throws Exception {
        assertThat(statusOf(OFFICER, "/evaluation/ranking.xlsx?level=BASIC")).isEqualTo(403);
        assertThat(statusOf(OFFICER, "/evaluation/courts/{c}/tree.xlsx", COURT)).isEqualTo(403);
        assertThat(statusOf(OFFICER, "/evaluation/courts/{c}/report.pdf", COURT)).isEqualTo(403);
        assertThat(statusOf(OFFICER, "/evaluation/courts/{c}/indicators/{n}/records.xlsx", COURT, NODE)).isEqualTo(403);
    }

    @Test
    void unknownCourtOrIndicatorIs404() throws Exception {
        assertThat(statusOf(ADMIN, "/evaluation/courts/{c}/tree.xlsx", "NO-SUCH")).isEqualTo(404);
        assertThat(statusOf(ADMIN, "/evaluation/courts/{c}/report.pdf", "NO-SUCH")).isEqualTo(404);
        assertThat(statusOf(ADMIN, "/evaluation/courts/{c}/indicators/{n}/records.xlsx", COURT, "X9.99")).isEqualTo(404);
        assertThat(statusOf(ADMIN, "/evaluation/courts/{c}/indicators/{n}/records.xlsx", "NO-SUCH", NODE)).isEqualTo(404);
    }

    @Test
    void aMonthOutsideTheYearIs400() throws Exception {
        assertThat(statusOf(ADMIN, "/evaluation/courts/{c}/tree.xlsx?month=13", COURT)).isEqualTo(400);
    }
}
