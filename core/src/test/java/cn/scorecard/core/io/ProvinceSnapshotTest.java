package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot of the built cases: loaded back it is the parsed province; a stale or broken one is ignored. */
class ProvinceSnapshotTest {
    @TempDir
    Path tmp;
    private Path dir;
    private Path snapshot;

    @BeforeEach
    void writeDemo() {
        dir = tmp.resolve("demo");
        snapshot = tmp.resolve("cache").resolve("demo.snapshot");
        DemoDirectory.write(DemoSpec.defaults(13L).withCourts(2, 3).withCases(2_000), StaffRuleSets.bundled(), dir,
                DemoDirectory.Progress.NONE);
    }

    @Test
    void aSnapshotLoadsBackTheParsedProvince() {
        ProvinceData parsed = DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
        assertThat(DataDirectoryReader.lastSnapshotUsed()).isFalse();
        assertThat(snapshot).isRegularFile();

        ProvinceData loaded = DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);

        assertThat(DataDirectoryReader.lastSnapshotUsed()).isTrue();
        DataAssertions.assertSameData(loaded, parsed);
        FastReaderTest.assertSameAdjustments(loaded, parsed);
        DataAssertions.assertSameData(loaded, DataDirectoryReader.readStrictly(dir, ReadRules.bundled()));
    }

    @Test
    void aSnapshotOfOtherFilesIsIgnoredAndReplaced() throws IOException {
        DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
        String before = ProvinceSnapshot.fingerprint(dir);
        // one more step of an existing case: the same size would not do, a step changes the file
        String firstCase = Files.readAllLines(dir.resolve("案件.csv"), StandardCharsets.UTF_8).get(1);
        String[] cells = firstCase.split(",");
        Files.writeString(dir.resolve("流程节点.csv"), cells[0] + "," + cells[1] + ",罚款,2025-06-30 10:00,,,,\r\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(ProvinceSnapshot.fingerprint(dir)).isNotEqualTo(before);

        ProvinceData read = DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);

        assertThat(DataDirectoryReader.lastSnapshotUsed()).isFalse();
        DataAssertions.assertSameData(read, DataDirectoryReader.readStrictly(dir, ReadRules.bundled()));
        DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
        assertThat(DataDirectoryReader.lastSnapshotUsed()).as("rewritten for the new files").isTrue();
    }

    @Test
    void aTouchedFileOrABrokenSnapshotIsIgnored() throws IOException {
        ProvinceData parsed = DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
        Path cases = dir.resolve("案件.csv");
        Files.setLastModifiedTime(cases, FileTime.fromMillis(Files.getLastModifiedTime(cases).toMillis() + 5_000));
        DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);
        assertThat(DataDirectoryReader.lastSnapshotUsed()).isFalse();

        byte[] bytes = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut off
        ProvinceData read = DataDirectoryReader.read(dir, ReadRules.bundled(), snapshot);

        assertThat(DataDirectoryReader.lastSnapshotUsed()).isFalse();
        DataAssertions.assertSameData(read, parsed);
    }
}
