package cn.scorecard.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.cli.ScorecardCommand;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code scorecard audit verify} exits 0 on an intact chain and 1 naming the first broken entry; entries written
 * before the chain existed are chained by the migration that introduces it.
 */
class AuditVerifyTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void commandExitsZeroWhenIntactAndOneAtTheFirstBreak(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.fresh(vendor);
        for (int i = 0; i < 3; i++) AuditChainTest.append(db.dataSource(), "测试", "第" + i + "条");
        Run ok = verify(db);
        assertThat(ok.code).isZero();
        assertThat(ok.out).startsWith("审计日志完整：共 3 条记录");

        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_log (at_time, actor, action, entity) VALUES (CURRENT_TIMESTAMP, 'x', 'y', 'z')");
        }
        Run broken = verify(db);
        assertThat(broken.code).isEqualTo(1);
        assertThat(broken.out).startsWith("审计日志哈希链断裂：（记录编号 ").contains("该记录不在哈希链中");
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void entriesWrittenBeforeTheChainAreChainedByTheMigration(Vendor vendor) throws SQLException {
        TestDb db = TestDatabases.empty(vendor);
        DataSource ds = db.dataSource();
        flyway(ds, vendor).target("40").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 4; i++) {
                s.executeUpdate("INSERT INTO audit_log (at_time, actor, action, entity, after_json) VALUES "
                        + "(TIMESTAMP '2025-03-0" + (i + 1) + " 10:00:00.123456', 'admin', '修改用户', 'app_user', '{" + i + "}')");
            }
        }
        flyway(ds, vendor).load().migrate();
        AuditChainTest.append(ds, "测试", "迁移之后");
        AuditVerification.Result r = AuditChainTest.verify(ds);
        assertThat(r.intact()).as(r.message()).isTrue();
        assertThat(r.entries()).isEqualTo(5);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource ds, Vendor vendor) {
        return Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.flywayFolder());
    }

    private record Run(int code, String out) {
    }

    private static Run verify(TestDb db) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int code = ScorecardCommand.commandLine().execute("audit", "verify", "--db", db.url(), "--db-user", db.user(),
                    "--db-password", db.password());
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }
}
