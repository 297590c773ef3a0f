package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast reader builds exactly the province the strict reader builds — on one core and on several, with chunks
 * that cut the files anywhere — and gives up on everything that is not plain and sound, so that every error is
 * the strict reader's, with its message, row and column.
 */
class FastReaderTest {
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    private static Path demo;
    private static ProvinceData strictDemo;

    @BeforeAll
    static void writeDemo() {
        demo = shared.resolve("demo");
        DemoDirectory.write(DemoSpec.defaults(11L).withCourts(2, 4).withCases(3_000), StaffRuleSets.bundled(), demo,
                DemoDirectory.Progress.NONE);
        strictDemo = DataDirectoryReader.readStrictly(demo, ReadRules.bundled());
    }

    static Stream<Arguments> chunkings() {
        // 1 byte: every chunk grows to one line; 700 bytes: a few lines, cut anywhere; 64 KB and the default
        return Stream.of(Arguments.of(1, 1), Arguments.of(1, 2), Arguments.of(700, 1), Arguments.of(700, 2),
                Arguments.of(701, 3), Arguments.of(1 << 16, 2), Arguments.of(ByteChunks.DEFAULT_CHUNK, 2));
    }

    @ParameterizedTest(name = "chunks of {0} bytes on {1} threads")
    @MethodSource("chunkings")
    void theDemoProvinceIsReadExactlyAsTheStrictReaderReadsIt(int chunkSize, int threads) {
        ProvinceData fast = FastProvinceReader.tryRead(demo, ReadRules.bundled(), new ByteChunks(chunkSize, threads));

        assertThat(FastProvinceReader.lastMiss()).isNull();
        assertThat(fast).isNotNull();
        DataAssertions.assertSameData(fast, strictDemo);
        assertSameAdjustments(fast, strictDemo);
    }

    @Test
    void theSimpleFixtureWithItsUnusualSpellingsIsReadAsTheStrictReaderReadsIt() {
        ProvinceData strict = DataDirectoryReader.readStrictly(Fixtures.simple(), ReadRules.bundled());

        DataAssertions.assertSameData(DataDirectoryReader.read(Fixtures.simple()), strict);
    }

    @Test
    void lineEndsAndTheLastLineWithoutOneReadTheSame() throws IOException {
        Path lf = copyOfDemo("lf");
        for (String f : List.of("案件.csv", "流程节点.csv")) {
            String text = Files.readString(lf.resolve(f), StandardCharsets.UTF_8).replace("\r\n", "\n");
            Files.writeString(lf.resolve(f), text.substring(0, text.length() - 1), StandardCharsets.UTF_8); // no final line end
        }
        ProvinceData fast = FastProvinceReader.tryRead(lf, ReadRules.bundled(), new ByteChunks(997, 2));

        assertThat(fast).as("fast reader gave up: %s", FastProvinceReader.lastMiss()).isNotNull();
        DataAssertions.assertSameData(fast, strictDemo);
    }

    /** Every bad row of the strict reader's error table: the fast reader gives up, the errors are the strict ones. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.scorecard.core.io.DataDirectoryReaderErrorsTest#badRows")
    void everyErrorIsTheStrictReadersError(String kind, String file, String line, String column, String value,
                                           String reason) {
        Path dir = Fixtures.copyOfSimple(tmp);
        if (file.equals("节假日.csv")) Fixtures.write(dir, file, "日期,休息,名称");
        long row = Fixtures.append(dir, file, line);

        assertThat(FastProvinceReader.tryRead(dir, ReadRules.bundled(), new ByteChunks(64, 2))).isNull();
        List<ImportError> viaRead = errors(() -> DataDirectoryReader.read(dir));
        assertThat(viaRead).isEqualTo(errors(() -> DataDirectoryReader.readStrictly(dir, ReadRules.bundled())));
        assertThat(viaRead).containsExactly(new ImportError(file, null, row, column, value, reason));
    }

    /** Spellings the strict reader accepts but the fast one does not take on: read strictly, same province. */
    static Stream<Arguments> unusualButSound() {
        return Stream.of(
                Arguments.of("半角括号", "案件.csv", (Object) new String[] {"豫1302,(2024)豫1302执9号,2024-03-01,,,,,,,,,,,"}),
                Arguments.of("空格", "案件.csv", (Object) new String[] {"豫1302, （2024）豫1302执9号 ,2024-03-01,,,,,,,,,,,"}),
                Arguments.of("引号", "案件.csv", (Object) new String[] {"豫1302,\"（2024）豫1302执9号\",2024-03-01,,,,,,,,,,,"}),
                Arguments.of("斜线日期", "案件.csv", (Object) new String[] {"豫1302,（2024）豫1302执9号,2024/3/1,,,,,,,,,,,"}),
                Arguments.of("Y", "案件.csv", (Object) new String[] {"豫1302,（2024）豫1302执9号,2024-03-01,,,,,,,,,Y,,"}),
                Arguments.of("终本", "案件.csv", (Object) new String[] {"豫1302,（2024）豫1302执9号,2024-03-01,2024-05-01,终本,,,,,,,,,"}),
                Arguments.of("前导零", "案件.csv", (Object) new String[] {"豫1302,（2024）豫1302执09号,2024-03-01,,,,,,,,,,,"}),
                Arguments.of("英文节点", "流程节点.csv", (Object) new String[] {"豫1302,（2024）豫1302执1号,EXECUTION_NOTICE,2024-01-09,,,,"}),
                Arguments.of("空行", "流程节点.csv", (Object) new String[] {"", "豫1302,（2024）豫1302执1号,罚款,2024-01-09,,,,"}),
                Arguments.of("秒", "流程节点.csv", (Object) new String[] {"豫1302,（2024）豫1302执1号,罚款,2024-01-09 10:00:05.5,,,,"}),
                // padded cells of the columns compared exactly (no padding check of their own): no word matches them
                Arguments.of("全角空格节点", "流程节点.csv", (Object) new String[] {"豫1302,（2024）豫1302执1号,罚款\u3000,2024-01-09,,,,"}),
                Arguments.of("空格法院", "流程节点.csv", (Object) new String[] {"豫1302 ,（2024）豫1302执1号,罚款,2024-01-09,,,,"}),
                Arguments.of("空格日期", "案件.csv", (Object) new String[] {"豫1302,（2024）豫1302执9号, 2024-03-01,,,,,,,,,,,"}),
                Arguments.of("空格时间", "流程节点.csv", (Object) new String[] {"豫1302,（2024）豫1302执1号,罚款,2024-01-09 ,,,,"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualButSound")
    void unusualSpellingsAreReadStrictly(String kind, String file, String... lines) {
        Path dir = Fixtures.copyOfSimple(tmp);
        Fixtures.append(dir, file, lines);

        assertThat(FastProvinceReader.tryRead(dir, ReadRules.bundled(), new ByteChunks(64, 2))).isNull();
        DataAssertions.assertSameData(DataDirectoryReader.read(dir), DataDirectoryReader.readStrictly(dir, ReadRules.bundled()));
    }

    /** The recorded deducted intervals and extensions with their reasons (the explanations show them). */
    static void assertSameAdjustments(ProvinceData actual, ProvinceData expected) {
        int withAny = 0;
        for (int r = 0; r < expected.cases().size(); r++) {
            assertThat(actual.cases().adjustments(r)).as("row %d", r).isEqualTo(expected.cases().adjustments(r));
            if (!expected.cases().adjustments(r).isEmpty()) withAny++;
        }
        assertThat(withAny).as("cases with deducted intervals or extensions").isPositive();
    }

    private Path copyOfDemo(String name) throws IOException {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(demo)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName().toString()));
        }
        return dir;
    }

    private static List<ImportError> errors(org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        DataImportException e = catchThrowableOfType(DataImportException.class, read);
        assertThat(e).as("the import should fail").isNotNull();
        return e.errors();
    }
}
