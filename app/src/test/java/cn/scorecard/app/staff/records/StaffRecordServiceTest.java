package cn.scorecard.app.staff.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.app.AppTest;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.security.Role;
import cn.scorecard.app.staff.StaffResultService;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records entered in the web change the results computed from current data at once, are audited, raise the data
 * version, and deleting restores the result (July 2025; the other staff tests use other months).
 */
@AppTest
class StaffRecordServiceTest {
    static final YearMonth JULY = YearMonth.of(2025, 7);
    static final CurrentUser GROUP = new CurrentUser("kaohe-test", "考核领导小组", "-", Role.STAFF_GROUP, "江0102", null, true);
    @Autowired
    StaffRecordService records;
    @Autowired
    StaffResultService results;
    @Autowired
    JdbcTemplate jdbc;

    double deductions(String staff, String item) {
        return results.person(staff, JULY).orElseThrow().item(item).deductions();
    }

    long version() {
        return jdbc.queryForObject("SELECT version FROM data_version WHERE id = 1", Long.class);
    }

    int audits(String action, String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity_key = ?", Integer.class, action, key);
    }

    @Test
    void anIncidentLowersTheItemByItsPointsAndDeletingRestoresIt() {
        double before = deductions("江0102-001", "一.1");
        Double total = results.person("江0102-001", JULY).orElseThrow().total();
        long v = version();

        String id = records.addIncident(GROUP, JULY, "江0102-001", LocalDate.of(2025, 7, 8), "IMPROPER_ENFORCEMENT",
                null, 1, "选择性执行");

        assertThat(version()).isEqualTo(v + 1);
        assertThat(deductions("江0102-001", "一.1")).isCloseTo(before + 0.5, within(1e-9));
        assertThat(results.person("江0102-001", JULY).orElseThrow().total()).isCloseTo(total - 0.5, within(1e-9));
        assertThat(audits("登记考核事件", id)).isEqualTo(1);
        String after = jdbc.queryForObject("SELECT after_json FROM audit_log WHERE action = '登记考核事件' AND entity_key = ?",
                String.class, id);
        assertThat(after).contains("IMPROPER_ENFORCEMENT").contains("江0102-001").contains("kaohe-test");

        records.updateIncident(GROUP, id, "江0102-001", LocalDate.of(2025, 7, 8), "IMPROPER_ENFORCEMENT", null, 3, "三件");
        assertThat(deductions("江0102-001", "一.1")).isCloseTo(before + 1.5, within(1e-9));
        assertThat(jdbc.queryForObject("SELECT before_json FROM audit_log WHERE action = '修改考核事件' AND entity_key = ?",
                String.class, id)).contains("\"件数\":1");

        records.deleteIncident(GROUP, id);
        assertThat(deductions("江0102-001", "一.1")).isCloseTo(before, within(1e-9));
        assertThat(jdbc.queryForObject("SELECT before_json FROM audit_log WHERE action = '删除考核事件' AND entity_key = ?",
                String.class, id)).contains("\"件数\":3");
        assertThat(version()).isEqualTo(v + 3);
    }

    @Test
    void invalidIncidentsWriteNothing() {
        long v = version();
        int rows = jdbc.queryForObject("SELECT COUNT(*) FROM staff_incident", Integer.class);
        assertThatThrownBy(() -> records.addIncident(GROUP, JULY, "江0102-001", LocalDate.of(2025, 7, 8),
                "IMPROPER_ENFORCEMENT", "不是案号", 1, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("案号");
        assertThatThrownBy(() -> records.addIncident(GROUP, JULY, "江0102-001", LocalDate.of(2025, 8, 1),
                "IMPROPER_ENFORCEMENT", null, 1, null)).hasMessageContaining("不在 2025-07 内");
        assertThatThrownBy(() -> records.addIncident(GROUP, JULY, "江0102-001", LocalDate.of(2025, 7, 8),
                "OVERDUE_CASE", null, 1, null)).hasMessageContaining("自动计算");
        assertThatThrownBy(() -> records.addIncident(GROUP, JULY, "江0102-001", LocalDate.of(2025, 7, 8),
                "IMPROPER_ENFORCEMENT", null, 0, null)).hasMessageContaining("件数");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff_incident", Integer.class)).isEqualTo(rows);
        assertThat(version()).isEqualTo(v);
    }

    @Test
    void quotasVetoesAndClerkEvaluations() {
        String clerk = records.people("江0102", JULY).stream().filter(p -> p.role() == cn.scorecard.core.data.StaffRole.CLERK)
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> records.setClerkEvaluation(GROUP, clerk, 2025, 3,
                Map.of("SERVICE", 26.0, "TRANSCRIPTION", 20.0, "CASELOAD", 20.0, "ONLINE_FILING", 20.0)))
                .hasMessageContaining("0 到 25");
        records.setClerkEvaluation(GROUP, clerk, 2025, 3,
                Map.of("SERVICE", 22.0, "TRANSCRIPTION", 20.5, "CASELOAD", 20.0, "ONLINE_FILING", 25.0));
        assertThat(jdbc.queryForObject("SELECT parts FROM clerk_evaluation WHERE staff_code = ? AND eval_year = 2025 AND quarter_no = 3",
                String.class, clerk)).isEqualTo("CASELOAD=20;ONLINE_FILING=25;SERVICE=22;TRANSCRIPTION=20.5");
        assertThat(audits("书记员季度考评", clerk + "/2025-Q3")).isEqualTo(1);

        assertThatThrownBy(() -> records.setQuota(GROUP, clerk, JULY, false, 5)).hasMessageContaining("不考核结案指标");
        records.setQuota(GROUP, "江0102-001", JULY, false, 7);
        assertThat(records.page("江0102", JULY).quotas().stream().filter(q -> q.person().id().equals("江0102-001"))
                .findFirst().orElseThrow().month()).isEqualTo(7);
        records.setQuota(GROUP, "江0102-001", JULY, false, null);
        assertThat(audits("设置结案指标", "江0102-001/2025-07")).isEqualTo(2);

        records.addVeto(GROUP, "江0102-001", LocalDate.of(2025, 7, 9), "FALSIFICATION", "测试");
        assertThat(results.person("江0102-001", JULY).orElseThrow().vetoed()).isTrue();
        assertThatThrownBy(() -> records.addVeto(GROUP, "江0102-001", LocalDate.of(2025, 7, 9), "FALSIFICATION", null))
                .hasMessageContaining("已登记");
        records.deleteVeto(GROUP, "江0102-001", LocalDate.of(2025, 7, 9), "FALSIFICATION");
        assertThat(results.person("江0102-001", JULY).orElseThrow().vetoed()).isFalse();
    }
}
