package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.DbState;
import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import killed halfway (the process, with SIGKILL, after it has written rows) leaves the database exactly
 * as it was: a child JVM runs {@code scorecard import} on a large generated file against the test database
 * (file-mode H2, embedded PostgreSQL) and is killed once its progress shows rows going in.
 */
class KilledImportTest {
    private static final int ROWS = 600_000;
    private static final long KILL_AFTER_ROWS = 100_000;
    private static final Pattern PROGRESS = Pattern.compile("已导入 (\\d+)");

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void killedImportLeavesTheDatabaseAsItWas(Vendor vendor, @TempDir Path dir) throws Exception {
        TestDb db = TestDatabases.fresh(vendor);
        assertThat(Imported.run(db, TestData.demoDir()).accepted()).isTrue();
        DbState before = DbState.of(db.dataSource());
        Path file = largeCaseFile(dir);

        Process child = new ProcessBuilder(javaCommand(db, file)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> seen = new ArrayList<>();
        CompletableFuture<Long> started = CompletableFuture.supplyAsync(() -> waitForRows(child, seen));
        long rows = started.get(180, TimeUnit.SECONDS);
        assertThat(rows).as("import output: %s", seen).isGreaterThanOrEqualTo(KILL_AFTER_ROWS);
        assertThat(child.isAlive()).as("the import finished before it could be killed: %s", seen).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the client
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        assertThat(DbState.of(db.dataSource())).isEqualTo(before);
        // and the database is usable: the lock is gone and an import goes through
        ImportReport next = Imported.run(db, cn.scorecard.app.platform.Files2.csv("案件.csv", "法院代码,案号,立案日期",
                "江0102,（2026）江0102执1号,2026-01-05"));
        assertThat(next.accepted()).as(next.summary(5)).isTrue();
        assertThat(DbState.of(db.dataSource()).counts().get("enforcement_case"))
                .isEqualTo(before.counts().get("enforcement_case") + 1);
    }

    private static long waitForRows(Process child, List<String> seen) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                synchronized (seen) {
                    seen.add(line);
                }
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Long.parseLong(m.group(1)) >= KILL_AFTER_ROWS) return Long.parseLong(m.group(1));
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> javaCommand(TestDb db, Path file) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "cn.scorecard.app.cli.Main", "import", "--db", db.url(), "--db-user", db.user(), "--db-password",
                db.password(), file.toString());
    }

    /** New first-enforcement cases of a court of the demo, numbered after the demo's. */
    private static Path largeCaseFile(Path dir) throws IOException {
        Path file = dir.resolve("案件.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("法院代码,案号,立案日期,结案日期,结案方式,申请标的额,到位金额\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write("江0102,（2026）江0102执");
                w.write(Integer.toString(100_000 + i));
                w.write(i % 3 == 0 ? "号,2026-01-05,2026-03-01,执行完毕,12000.50,12000.50\n" : "号,2026-01-05,,,8000,\n");
            }
        }
        return file;
    }
}
