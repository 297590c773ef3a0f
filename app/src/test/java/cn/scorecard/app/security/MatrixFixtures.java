package cn.scorecard.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.objections.ObjectionFiling;
import cn.scorecard.app.staff.records.StaffRecordService;
import cn.scorecard.app.staff.versions.StaffRuns;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The records the authorization matrix reaches by id, each once for the own scope (城东区 江0102, its officer
 * 江0102-001) and once for another court (湖滨区 江0202, its officer 江0202-001): a published staff month with a
 * newer draft, an objection, incidents with a file, an evidence file, an evaluation draft. September 2025, a month
 * no other test uses.
 */
final class MatrixFixtures {
    static final String OWN_COURT = "江0102";
    static final String OTHER_COURT = "江0202";
    static final YearMonth MONTH = YearMonth.of(2025, 9);
    private final StaffRuns staffRuns;
    private final ObjectionFiling filing;
    private final StaffRecordService records;
    private final StaffResultService staff;
    private final ResultRuns runs;
    private final JdbcTemplate jdbc;

    MatrixFixtures(StaffRuns staffRuns, ObjectionFiling filing, StaffRecordService records, StaffResultService staff,
                   ResultRuns runs, JdbcTemplate jdbc) {
        this.staffRuns = staffRuns;
        this.filing = filing;
        this.records = records;
        this.staff = staff;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    /** The values of the placeholders, own and other. */
    record Ids(Map<String, String[]> values) {
        String fill(String sample, Role role, boolean other) {
            String out = sample;
            for (Map.Entry<String, String[]> e : values.entrySet()) {
                String[] v = role == null ? e.getValue() : values.getOrDefault(e.getKey() + "-" + role, e.getValue());
                out = out.replace("{" + e.getKey() + "}", v[other ? 1 : 0]);
            }
            return out;
        }

        /** A signed-in user of the role, bound to 江0102 (and to its officer 江0102-001) where the role is court-bound. */
        RequestPostProcessor user(Role role) {
            return switch (role) {
                case ADMIN -> Users.ADMIN;
                case ASSESSOR -> Users.ASSESSOR;
                case COURT_ADMIN -> Users.BASIC_ADMIN;
                case STAFF_GROUP -> Users.STAFF_GROUP;
                case OFFICER -> Users.OFFICER;
            };
        }
    }

    /** A case number of the court (the case page's sample). */
    private String firstCase(String court) {
        var data = staff.data();
        return data.cases().number(data.cases().courtStart(data.courts().indexOf(court)));
    }

    Ids create(MockMvc mvc) throws Exception {
        CurrentUser admin = Users.of(Role.ADMIN, null, null);
        // the matrix's signed-in users as accounts, so that what belongs to a user (tokens) can be created
        for (Role r : Role.values()) {
            CurrentUser u = switch (r) {
                case ADMIN, ASSESSOR -> Users.of(r, null, null);
                case OFFICER -> Users.of(r, OWN_COURT, OWN_COURT + "-001");
                default -> Users.of(r, OWN_COURT, null);
            };
            jdbc.update("INSERT INTO app_user (username, display_name, password_hash, role, court_code, staff_code, enabled,"
                    + " created_at) VALUES (?, ?, '-', ?, ?, ?, TRUE, CURRENT_TIMESTAMP)", u.username(), u.displayName(),
                    r.name(), u.courtCode(), u.staffCode());
        }
        String[] staffRun = new String[2];
        String[] objection = new String[2];
        String[] event = new String[2];
        String[] spare = new String[2];
        String[] groupSpare = new String[2];
        String[] incidentFile = new String[2];
        String[] evidenceFile = new String[2];
        String[] courts = {OWN_COURT, OTHER_COURT};
        String[] officers = {OWN_COURT + "-001", OTHER_COURT + "-001"};
        String kind = records.kindsFor(admin, officers[0]).get(0).code();
        for (int i = 0; i < 2; i++) {
            staffRuns.publish(staffRuns.computeDraft(courts[i], MONTH, "矩阵", "admin").id(), "admin");
            staffRun[i] = String.valueOf(staffRuns.computeDraft(courts[i], MONTH, "矩阵草稿", "admin").id());
            CurrentUser officer = new CurrentUser("matrix-" + i, "干警", "-", Role.OFFICER, courts[i], officers[i], true);
            objection[i] = String.valueOf(filing.file(officer, MONTH, "矩阵测试的异议", null).id());
            event[i] = records.addIncident(admin, MONTH, officers[i], MONTH.atDay(3), kind, null, 1, "矩阵");
            spare[i] = records.addIncident(admin, MONTH, officers[i], MONTH.atDay(4), kind, null, 1, "待删除");
            groupSpare[i] = records.addIncident(admin, MONTH, officers[i], MONTH.atDay(5), kind, null, 1, "待删除");
            incidentFile[i] = String.valueOf(records.attach(admin, event[i],
                    new MockMultipartFile("file", "附件.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes())));
            mvc.perform(multipart("/evidence/{c}/B1.01.1/files", courts[i])
                    .file(new MockMultipartFile("file", "佐证.pdf", "application/pdf", "%PDF-1.4 matrix".getBytes()))
                    .param("year", "2025").with(Users.ADMIN).with(csrf()));
            evidenceFile[i] = String.valueOf(jdbc.queryForObject("SELECT MAX(id) FROM evidence_file WHERE court_code = ?",
                    Long.class, courts[i]));
        }
        // a period no page shows by default: publishing it must not become the published version the pages of 2025 show
        String evaluationRun = String.valueOf(runs.saveDraft(RunKind.EVALUATION, "", RunPeriod.yearToMonth(2020, 1), "2019",
                "matrix", "{}", null, "admin").id());
        String veto = staff.rules(courts[0], java.time.YearMonth.of(2025, 3)).vetoes().get(0).code();
        return new Ids(Map.ofEntries(
                Map.entry("C", courts),
                Map.entry("S", officers),
                Map.entry("SR", staffRun),
                Map.entry("OBJ", objection),
                Map.entry("EVENT", event),
                Map.entry("SPARE", spare),
                Map.entry("SPARE-" + Role.STAFF_GROUP, groupSpare),
                Map.entry("INC", incidentFile),
                Map.entry("EVF", evidenceFile),
                Map.entry("ER", new String[] {evaluationRun, evaluationRun}),
                Map.entry("KIND", new String[] {kind, kind}),
                Map.entry("VETO", new String[] {veto, veto}),
                Map.entry("M", new String[] {MONTH.toString(), MONTH.toString()}),
                Map.entry("CASE", new String[] {firstCase(courts[0]), firstCase(courts[1])}),
                Map.entry("DAY", new String[] {LocalDate.of(2025, 9, 10).toString(), LocalDate.of(2025, 9, 10).toString()})));
    }
}
