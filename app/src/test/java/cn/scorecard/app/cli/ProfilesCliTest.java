package cn.scorecard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.core.demo.ForeignLayout;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code scorecard profiles list|export|import} and {@code scorecard import --profile NAME PATH…}. */
class ProfilesCliTest {
    private record Run(int rc, String out, String err) {
    }

    @Test
    void aProfileIsImportedListedExportedAndUsedByName() throws Exception {
        TestDb db = TestDatabases.fresh(Vendor.H2);
        Path foreign = TestFiles.dir("foreign-cli");
        ForeignLayout.write(TestData.demoDir(), foreign);
        Path yaml = foreign.resolve(ForeignLayout.PROFILE);
        String name = ForeignLayout.PROFILE_NAME;

        assertThat(cli(db, "profiles", "list").out()).contains("没有保存的导入配置");
        Run saved = cli(db, "profiles", "import", yaml.toString());
        assertThat(saved.rc()).isZero();
        assertThat(saved.out()).contains("已保存为导入配置“" + name + "”第1版");
        assertThat(cli(db, "profiles", "import", yaml.toString()).out()).as("unchanged: no new version").contains("第1版");
        assertThat(cli(db, "profiles", "list").out()).contains(name + "\t第1版");

        Path exported = TestFiles.dir("exported").resolve("p.yaml");
        assertThat(cli(db, "profiles", "export", name, "-o", exported.toString()).rc()).isZero();
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).isEqualTo(Files.readString(yaml, StandardCharsets.UTF_8));

        Run imported = cli(db, "import", "--profile", name, foreign.toString());
        assertThat(imported.rc()).as(imported.out()).isZero();
        assertThat(imported.out()).contains("导入成功");
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case", Long.class)).isEqualTo(4_000L);
        assertThat(jdbc.queryForObject("SELECT files FROM import_log ORDER BY id DESC LIMIT 1", String.class))
                .contains(ForeignLayout.WORKBOOK).contains(name);

        Run unknown = cli(db, "import", "--profile", "没有这个配置", foreign.toString());
        assertThat(unknown.rc()).isEqualTo(2);
        assertThat(unknown.err()).contains("数据库中没有名为“没有这个配置”的导入配置");
    }

    @Test
    void aBrokenProfileIsRefusedWithItsProblems() throws Exception {
        TestDb db = TestDatabases.fresh(Vendor.H2);
        Path bad = TestFiles.dir("bad-profile").resolve("bad.yaml");
        Files.writeString(bad, "name: 坏\nsources:\n  - file: a.csv\n    records:\n      - type: 合同\n", StandardCharsets.UTF_8);
        Run r = cli(db, "profiles", "import", bad.toString());
        assertThat(r.rc()).isEqualTo(1);
        assertThat(r.err()).contains("未知的记录类型 “合同”");
        assertThat(cli(db, "profiles", "list").out()).contains("没有保存的导入配置");
    }

    private static Run cli(TestDb db, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int sub = args[0].equals("profiles") ? 2 : 1;
            String[] all = new String[args.length + 6];
            System.arraycopy(args, 0, all, 0, sub);
            System.arraycopy(new String[] {"--db", db.url(), "--db-user", db.user(), "--db-password", db.password()}, 0, all, sub, 6);
            System.arraycopy(args, sub, all, sub + 6, args.length - sub);
            int rc = ScorecardCommand.commandLine().execute(all);
            return new Run(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
