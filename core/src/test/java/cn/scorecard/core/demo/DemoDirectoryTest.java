package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.DataDirectoryWriter;
import cn.scorecard.core.io.StaffInputFileWriter;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Written part by part, the demo directory holds the same rows as the province generated in memory and written at
 * once: only their order in the files differs. Parts of 700 cases cut courts in the middle and join small ones.
 */
class DemoDirectoryTest {
    private static final DemoSpec SPEC = DemoSpec.defaults(7L).withCourts(2, 4).withCases(5_000);
    private final StaffRuleSet rules = StaffRuleSets.bundled();

    @TempDir
    Path tmp;

    @Test
    void partsHoldTheRowsOfTheWholeProvince() throws IOException {
        ProvinceData whole = DemoProvince.generate(SPEC);
        Path once = tmp.resolve("once");
        DataDirectoryWriter.write(whole, once);
        StaffInputFileWriter.write(DemoStaffInputs.generate(SPEC, whole, rules), whole.staff(), rules, once);

        List<long[]> progress = new ArrayList<>();
        Path parts = tmp.resolve("parts");
        DemoDirectory.Summary s = DemoDirectory.write(SPEC, rules, parts, 700, (done, total) -> progress.add(new long[] {done, total}));

        assertThat(fileNames(parts)).isEqualTo(fileNames(once));
        for (String f : fileNames(once)) {
            assertThat(sortedLines(parts.resolve(f))).as(f).isEqualTo(sortedLines(once.resolve(f)));
        }
        assertThat(lines(once.resolve("终本复核.csv"))).hasSize(3); // header and the two overrides
        assertThat(s.cases()).isEqualTo(5_000);
        assertThat(s.courts()).isEqualTo(whole.courts().size());
        assertThat(progress).extracting(p -> p[0]).containsExactly(700L, 1400L, 2100L, 2800L, 3500L, 4200L, 4900L, 5000L);
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(5_000));
        assertThat(DataDirectoryReader.read(parts).cases().size()).isEqualTo(5_000);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<String> sortedLines(Path file) throws IOException {
        List<String> l = new ArrayList<>(lines(file));
        String header = l.remove(0);
        l.sort(null);
        l.add(0, header);
        return l;
    }
}
