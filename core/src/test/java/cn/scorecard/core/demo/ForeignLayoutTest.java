package cn.scorecard.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataAssertions;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.DataDirectoryWriter;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.io.XlsxWorkbook;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileMapping;
import cn.scorecard.core.mapping.ProfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo in the foreign layout reads through its profile into exactly the data of the demo in our format. */
class ForeignLayoutTest {
    private static final DemoSpec SPEC = DemoSpec.defaults(7L).withCases(1_500);

    @TempDir
    Path tmp;

    @Test
    void theForeignLayoutReadsBackAsTheSameProvince() throws IOException {
        Path ours = tmp.resolve("ours");
        DataDirectoryWriter.write(DemoProvince.generate(SPEC), ours);
        Path foreign = tmp.resolve("foreign");
        ForeignLayout.write(ours, foreign);
        assertThat(foreign.resolve(ForeignLayout.WORKBOOK)).exists();
        assertThat(foreign.resolve("案件.csv")).doesNotExist();
        byte[] detail = Files.readAllBytes(foreign.resolve(ForeignLayout.DETAIL));
        assertThat(new String(detail, ForeignLayout.GB18030)).startsWith("经办法院,案号,节点名称");
        assertThat(new String(detail, StandardCharsets.UTF_8)).doesNotContain("经办法院"); // really GB18030

        MappingProfile profile = ProfileParser.parse(Files.readString(foreign.resolve(ForeignLayout.PROFILE)), "demo");
        List<TableInput> tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(foreign)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".xlsx")) tables.addAll(XlsxWorkbook.sheets(f));
                else if (name.endsWith(".csv")) tables.add(TableInput.csv(f));
            }
        }
        assertThat(ProfileMapping.fits(profile, tables)).isTrue();
        ProfileMapping.Result mapped = ProfileMapping.apply(profile, tables);
        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.inputs().get(cn.scorecard.core.io.RecordType.STEPS)).hasSize(2); // the step columns and 节点明细
        long detailRows = Files.readAllLines(foreign.resolve(ForeignLayout.DETAIL), ForeignLayout.GB18030).size();
        long ourRows = Files.readAllLines(ours.resolve("流程节点.csv")).size();
        assertThat(detailRows).as("the step columns hold a good part of the steps").isLessThan(ourRows * 3 / 4);
        ProvinceData read = DataDirectoryReader.read(mapped.inputs(), ReadRules.bundled());

        ForeignLayout.exportOrder(ours);
        ProvinceData expected = DataDirectoryReader.read(ours);
        assertThat(read.cases().size()).isGreaterThan(1_000);
        DataAssertions.assertSameData(read, expected);
    }
}
