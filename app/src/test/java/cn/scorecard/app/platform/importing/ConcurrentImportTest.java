package cn.scorecard.app.platform.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.store.Databases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two command-line imports into the same embedded H2 database, as two real processes: the second waits for the
 * first (as documented) instead of failing at once with "Database may be already in use" or "Lock file recently
 * modified", which is what H2 answered when both opened the file at the same moment.
 */
class ConcurrentImportTest {
    @Test
    void aSecondImportWaitsForTheFirstAndBothSucceed() throws Exception {
        Path dir = TestFiles.dir("shared-h2");
        String url = "jdbc:h2:file:" + dir.resolve("scorecard") + ";AUTO_SERVER=TRUE"; // as the default database
        DataSource ds = Databases.dataSource(url, null, null);
        Databases.migrate(ds);

        // this process imports (holds the lock): a command-line import started now waits, and then goes through
        Path court = Files.writeString(dir.resolve("法院.csv"), "法院代码,法院名称,层级\nR51,测试省高级人民法院,高级\n");
        Process waiting;
        try (ImportLock lock = ImportLock.acquire(Databases.withH2Flags(url), m -> { })) {
            assertThat(lock.held()).isTrue();
            waiting = start(url, court, dir.resolve("waiting.out"), ProcessBuilder.Redirect.PIPE);
            assertThat(firstLineContaining(waiting, "等待")).isEqualTo("另一个导入正在进行，等待其结束后再导入……");
            assertThat(waiting.isAlive()).isTrue();
        }
        assertThat(waiting.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(waiting.exitValue()).as(Files.readString(dir.resolve("waiting.out"))).isZero();

        // two processes started together, each the whole demo province: neither fails, one after the other
        Process a = start(url, TestData.demoDir(), dir.resolve("a.out"), ProcessBuilder.Redirect.DISCARD);
        Process b = start(url, TestData.demoDir(), dir.resolve("b.out"), ProcessBuilder.Redirect.DISCARD);
        assertThat(a.waitFor(3, TimeUnit.MINUTES) && b.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(a.exitValue()).as(Files.readString(dir.resolve("a.out"))).isZero();
        assertThat(b.exitValue()).as(Files.readString(dir.resolve("b.out"))).isZero();

        JdbcTemplate jdbc = new JdbcTemplate(ds);
        assertThat(jdbc.queryForObject("SELECT version FROM data_version", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM import_log WHERE accepted", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM court WHERE code = 'R51'", Integer.class)).isEqualTo(1);
    }

    private static Process start(String url, Path data, Path out, ProcessBuilder.Redirect err) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "cn.scorecard.app.cli.Main", "import", "--db", url, data.toString()))
                .redirectOutput(out.toFile()).redirectError(err == ProcessBuilder.Redirect.DISCARD
                        ? ProcessBuilder.Redirect.appendTo(out.toFile()) : err).start();
    }

    /** Reads the child's stderr until a line with the text (then keeps draining it in the background). */
    private static String firstLineContaining(Process p, String text) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; (line = err.readLine()) != null; ) {
            if (line.contains(text)) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return line;
            }
        }
        return null;
    }
}
