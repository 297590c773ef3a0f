package cn.scorecard.app.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.catalog.CatalogLoader;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;
import cn.scorecard.core.staff.StaffRuleSets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule book on both databases: versions by effective date, activation, assignment to courts, nothing overwritten. */
class RuleBookServiceTest {
    static final Courts COURTS = new Courts(List.of(
            new Court("H", "高院", CourtLevel.HIGH, null, false, false),
            new Court("M", "中院", CourtLevel.INTERMEDIATE, "H", false, false),
            new Court("B1", "甲区法院", CourtLevel.BASIC, "M", false, false),
            new Court("B2", "乙区法院", CourtLevel.BASIC, "M", false, false)));

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEvaluationYearUsesTheCatalogInForceAndANewVersionTakesEffectOnlyWhenActivated(Vendor vendor) {
        TestDb db = TestDatabases.fresh(vendor);
        RuleBookService book = new RuleBookService(new RuleBookStore(new org.springframework.jdbc.core.JdbcTemplate(
                db.dataSource())), () -> COURTS);
        // the bundled versions are the initial ones: 2016 (2016-01-01 … 2018-12-31) and 2019 (from 2019-01-01)
        assertThat(book.catalogVersionOn(LocalDate.of(2016, 12, 31))).isEqualTo("2016");
        assertThat(book.catalogVersionOn(LocalDate.of(2018, 12, 31))).isEqualTo("2016");
        assertThat(book.catalogVersionOn(LocalDate.of(2025, 12, 31))).isEqualTo("2019");
        assertThat(book.catalogFor(CourtLevel.BASIC, LocalDate.of(2016, 12, 31)).find("B1").weight()).isEqualTo(30);
        assertThat(book.catalogFor(CourtLevel.BASIC, LocalDate.of(2025, 12, 31)).find("B1").weight()).isEqualTo(40);

        // a corrected 2019 version from the same day: stored, not in force until activated
        Map<String, String> parts = new LinkedHashMap<>();
        for (CourtLevel l : CourtLevel.values()) {
            parts.put(RuleBookService.part(l), CatalogLoader.resourceText("2019", l).replace("version: \"2019\"",
                    "version: \"2019-2\""));
        }
        book.store().save(RuleVersion.Kind.CATALOG, "2019-2", "2019 修订", LocalDate.of(2019, 1, 1), null, "2019", null,
                parts, "管理员");
        long generation = book.generation();
        assertThat(book.catalogVersionOn(LocalDate.of(2025, 12, 31))).isEqualTo("2019");
        book.activate(RuleVersion.Kind.CATALOG, "2019-2", "管理员");
        assertThat(book.generation()).isGreaterThan(generation);
        assertThat(book.catalogVersionOn(LocalDate.of(2025, 12, 31))).isEqualTo("2019-2");
        assertThat(book.catalogVersionOn(LocalDate.of(2017, 12, 31))).isEqualTo("2016");
        assertThat(book.catalog("2019", CourtLevel.HIGH)).isPresent(); // the old version stays readable

        assertThatThrownBy(() -> book.store().save(RuleVersion.Kind.CATALOG, "2019-2", "x", LocalDate.of(2020, 1, 1),
                null, null, null, parts, "管理员")).isInstanceOf(IllegalStateException.class).hasMessageContaining("另立新版本");
        assertThatThrownBy(() -> book.activate(RuleVersion.Kind.CATALOG, "2019-2", "管理员"))
                .hasMessageContaining("已启用");
        refused(db, "UPDATE rule_edition SET effective_from = DATE '2020-01-01' WHERE version = '2019'");
        refused(db, "DELETE FROM rule_activation");
        refused(db, "UPDATE rule_version SET content = 'x' WHERE version = '2019/basic'");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aStaffRuleSetIsAssignedToACourtOrACourtAboveItFromAMonthOn(Vendor vendor) {
        TestDb db = TestDatabases.fresh(vendor);
        RuleBookService book = new RuleBookService(new RuleBookStore(new org.springframework.jdbc.core.JdbcTemplate(
                db.dataSource())), () -> COURTS);
        String wancheng = StaffRuleSets.bundled().version();
        assertThat(book.staffVersionFor("B1", YearMonth.of(2025, 3))).isEqualTo(wancheng);
        assertThat(book.staffRulesFor("B2", YearMonth.of(2025, 3)).label()).isEqualTo("宛法〔2023〕127号");

        String text = StaffRuleSets.resourceText(StaffRuleSets.BUNDLED).replace("version: wancheng-2023-127",
                "version: test-2025");
        book.store().save(RuleVersion.Kind.STAFF_RULES, "test-2025", "测试办法", LocalDate.of(2025, 1, 1), null, null,
                null, Map.of("", text), "管理员");
        book.activate(RuleVersion.Kind.STAFF_RULES, "test-2025", "管理员");
        book.assign("M", YearMonth.of(2025, 3), "test-2025", "管理员"); // the intermediate court, for all under it
        book.assign("B2", YearMonth.of(2025, 1), wancheng, "管理员"); // B2 keeps its own

        assertThat(book.staffVersionFor("B1", YearMonth.of(2025, 2))).isEqualTo(wancheng);
        assertThat(book.staffVersionFor("B1", YearMonth.of(2025, 3))).isEqualTo("test-2025");
        assertThat(book.staffVersionFor("M", YearMonth.of(2025, 4))).isEqualTo("test-2025");
        assertThat(book.staffVersionFor("B2", YearMonth.of(2025, 3))).isEqualTo(wancheng);
        assertThat(book.staffVersionFor("H", YearMonth.of(2025, 3))).isEqualTo(wancheng);
        assertThat(book.staffRulesFor("B1", YearMonth.of(2025, 3)).version()).isEqualTo("test-2025");
        assertThatThrownBy(() -> book.assign("B1", YearMonth.of(2025, 5), "无此版本", "管理员"))
                .hasMessageContaining("不存在");
    }

    private static void refused(TestDb db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(sql)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("只能新增");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
