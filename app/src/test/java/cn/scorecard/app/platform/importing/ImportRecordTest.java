package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.audit.AuditVerification;
import cn.scorecard.app.cli.ScorecardCommand;
import cn.scorecard.app.platform.DbState;
import cn.scorecard.app.platform.Files2;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import's import_log row and audit entry are written in the transaction of its data: when they cannot be
 * written the data is not either; the command line writes both too, with the operating-system user beside the
 * --actor it was given.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRecordTest {
    private final Imported imported = new Imported();

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void dataLogAndAuditEntryCommitTogether(Vendor vendor) throws SQLException {
        TestDb db = imported.demo(vendor);
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        int logs = jdbc.queryForObject("SELECT COUNT(*) FROM import_log", Integer.class);
        int audits = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class);
        // the database refuses the log row of this actor: the import must then leave no data behind either
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE import_log ADD CONSTRAINT import_log_probe CHECK (actor <> '拒绝记录')");
        }
        try {
            DbState before = DbState.of(db.dataSource());
            ImportReport r = Imported.importer(db).run(List.of(newCase("（2026）江0102执7001号")), "拒绝记录", ImportListener.NONE);
            assertThat(r.accepted()).isFalse();
            assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.reason()).startsWith("数据库写入失败，已全部撤销"));
            assertThat(DbState.of(db.dataSource())).isEqualTo(before);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Integer.class)).isEqualTo(audits);
        } finally {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE import_log DROP CONSTRAINT import_log_probe");
            }
        }

        ImportReport ok = Imported.run(db, newCase("（2026）江0102执7002号"));
        assertThat(ok.accepted()).as(ok.summary(5)).isTrue();
        Map<String, Object> log = jdbc.queryForMap("SELECT actor, accepted, data_version FROM import_log ORDER BY id DESC LIMIT 1");
        assertThat(log.get("data_version")).isEqualTo(ok.dataVersion());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_log", Integer.class)).isEqualTo(logs + 1);
        Map<String, Object> entry = jdbc.queryForMap("SELECT actor, action, entity, entity_key, after_json FROM audit_log "
                + "ORDER BY chain_seq DESC LIMIT 1");
        assertThat(entry).containsEntry("actor", "测试").containsEntry("action", "导入数据").containsEntry("entity", "import")
                .containsEntry("entity_key", "案件.csv");
        assertThat((String) entry.get("after_json")).startsWith("导入成功：读取 1 行，写入 1 行");
        try (Connection c = db.dataSource().getConnection()) {
            assertThat(AuditVerification.verify(c).intact()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void commandLineImportsAreAuditedWithTheOperatingSystemUser(Vendor vendor) {
        TestDb db = imported.demo(vendor);
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        int code = cli(db, "--actor", "张三", newCase("（2026）江0102执7101号").toString());
        assertThat(code).isZero();
        String expected = "张三（命令行，系统用户 " + System.getProperty("user.name") + "）";
        assertThat(jdbc.queryForObject("SELECT actor FROM audit_log ORDER BY chain_seq DESC LIMIT 1", String.class)).isEqualTo(expected);
        assertThat(jdbc.queryForObject("SELECT actor FROM import_log ORDER BY id DESC LIMIT 1", String.class)).isEqualTo(expected);

        int rejected = cli(db, Files2.csv("案件.csv", "法院代码,案号,立案日期", "X99,（2026）X99执1号,2026-01-05").toString());
        assertThat(rejected).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT actor, action FROM audit_log ORDER BY chain_seq DESC LIMIT 1"))
                .containsEntry("actor", "命令行（系统用户 " + System.getProperty("user.name") + "）")
                .containsEntry("action", "导入被拒绝");
    }

    /** What the user waited for: the time reported runs until the commit, not until the rows were written. */
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theReportedTimeIncludesWhatComesBeforeTheCommit(Vendor vendor) {
        TestDb db = imported.demo(vendor);
        Importer.BeforeCommit slowCommit = c -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ImportReport r = Imported.importer(db).run(Importer.tables(List.of(newCase("（2026）江0102执7201号"))), null, "测试",
                ImportListener.NONE, slowCommit);
        assertThat(r.accepted()).as(r.summary(5)).isTrue();
        assertThat(r.elapsed()).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(400));
    }

    private static Path newCase(String number) {
        return Files2.csv("案件.csv", "法院代码,案号,立案日期", "江0102," + number + ",2026-01-05");
    }

    private static int cli(TestDb db, String... args) {
        PrintStream saved = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 7];
            System.arraycopy(new String[] {"import", "--db", db.url(), "--db-user", db.user(), "--db-password", db.password()}, 0, all, 0, 7);
            System.arraycopy(args, 0, all, 7, args.length);
            return ScorecardCommand.commandLine().execute(all);
        } finally {
            System.setOut(saved);
        }
    }
}
