package cn.scorecard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.store.Vendor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** evaluate and staff read the same results from a database as from the data directory it was imported from. */
class DatabaseSourceTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void evaluateAndStaffGiveTheSameResultsFromTheDatabase(Vendor vendor) {
        Path dir = TestData.demoDir();
        TestDb db = TestDatabases.empty(vendor);
        List<String> dbArgs = dbArgs(db);

        Run imported = run(concat(List.of("import"), dbArgs, List.of(dir.toString())));
        assertThat(imported.code).as(imported.out).isZero();
        assertThat(imported.out).contains("导入成功");

        String fromFiles = run(List.of("evaluate", "--data", dir.toString(), "--year", "2025", "--explain")).ok();
        String fromDb = run(concat(List.of("evaluate", "--year", "2025", "--explain"), dbArgs)).ok();
        assertThat(fromDb).isEqualTo(fromFiles);
        assertThat(fromFiles).contains("江01");

        String staffFiles = run(List.of("staff", "--data", dir.toString(), "--month", "2025-06")).ok();
        String staffDb = run(concat(List.of("staff", "--month", "2025-06"), dbArgs)).ok();
        assertThat(staffDb).isEqualTo(staffFiles);
        assertThat(staffFiles).contains("结案指标");

        String quarterFiles = run(List.of("staff", "--data", dir.toString(), "--quarter", "2025-Q2")).ok();
        String quarterDb = run(concat(List.of("staff", "--quarter", "2025-Q2"), dbArgs)).ok();
        assertThat(quarterDb).isEqualTo(quarterFiles);
    }

    static List<String> dbArgs(TestDb db) {
        return List.of("--db", db.url(), "--db-user", db.user(), "--db-password", db.password());
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) out.addAll(p);
        return out;
    }

    record Run(int code, String out) {
        String ok() {
            assertThat(code).as(out).isZero();
            return out;
        }
    }

    /** Runs a command in this JVM with stdout captured. */
    static synchronized Run run(List<String> args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int code = ScorecardCommand.commandLine().execute(args.toArray(String[]::new));
            capture.flush();
            return new Run(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
