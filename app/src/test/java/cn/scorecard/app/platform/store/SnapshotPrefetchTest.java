package cn.scorecard.app.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.io.BuiltCases;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.ProvinceSnapshot;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot read while the server starts is used only when it is the file and key the database read asks for. */
class SnapshotPrefetchTest {
    @TempDir
    Path tmp;
    private Path file;

    @BeforeEach
    void writeSnapshot() throws IOException {
        Path dir = tmp.resolve("demo");
        DemoDirectory.write(DemoSpec.defaults(5L).withCourts(1, 2).withCases(800), StaffRuleSets.bundled(), dir,
                DemoDirectory.Progress.NONE);
        BuiltCases cases = BuiltCases.of(DataDirectoryReader.readStrictly(dir, ReadRules.bundled()), "rows 800");
        file = tmp.resolve("cases.snapshot");
        ProvinceSnapshot.write(cases, "token-a", file);
    }

    @Test
    void thePrefetchedCasesAreTakenForTheSameFileAndKey() {
        SnapshotPrefetch.start(tmp.resolve(".").resolve("cases.snapshot")); // another spelling of the same path
        BuiltCases prefetched = SnapshotPrefetch.readCases(file, "token-a");
        BuiltCases direct = ProvinceSnapshot.readCases(file, "token-a");

        assertThat(prefetched).isNotNull();
        assertThat(prefetched.label()).isEqualTo("rows 800");
        assertThat(prefetched.table().size()).isEqualTo(direct.table().size()).isPositive();
    }

    @Test
    void anotherKeyGivesNothingAsTheFileItselfWould() {
        SnapshotPrefetch.start(file);
        assertThat(SnapshotPrefetch.readCases(file, "token-b")).isNull();
    }

    @Test
    void aFileChangedSinceTheStartIsReadAgain() throws IOException {
        SnapshotPrefetch.start(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));
        Files.write(file, new byte[] {1, 2, 3}); // truncated: a fresh read finds no snapshot
        assertThat(SnapshotPrefetch.readCases(file, "token-a")).isNull();
    }

    @Test
    void thePrefetchServesOneReadOnly() throws IOException {
        SnapshotPrefetch.start(file);
        assertThat(SnapshotPrefetch.readCases(file, "token-a")).isNotNull();
        ProvinceSnapshot.write(BuiltCases.of(DataDirectoryReader.readStrictly(tmp.resolve("demo"), ReadRules.bundled()),
                "rows again"), "token-c", file);
        assertThat(SnapshotPrefetch.readCases(file, "token-a")).isNull(); // the new file, read now
        assertThat(SnapshotPrefetch.readCases(file, "token-c").label()).isEqualTo("rows again");
    }

    @Test
    void noFileNoPrefetch() {
        SnapshotPrefetch.start(tmp.resolve("missing.snapshot"));
        assertThat(SnapshotPrefetch.readCases(file, "token-a")).isNotNull(); // read now
    }
}
