package cn.scorecard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scorecard.app.platform.TestData;
import cn.scorecard.app.platform.TestDatabases;
import cn.scorecard.app.platform.TestDb;
import cn.scorecard.app.platform.TestFiles;
import cn.scorecard.app.platform.store.Vendor;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.parquet.ProvinceParquet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code scorecard snapshot export}: six Parquet files from a data directory (through its snapshot) or a database. */
class SnapshotExportCliTest {
    private static final List<String> FILES = List.of(ProvinceParquet.CASES, ProvinceParquet.STEPS, ProvinceParquet.PAYMENTS,
            ProvinceParquet.FIELD_ACTIONS, ProvinceParquet.ADJUSTMENTS, ProvinceParquet.COURTS);

    private record Run(int rc, String out, String err) {
    }

    private static Run cli(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int rc = ScorecardCommand.commandLine().execute(args);
            return new Run(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** core's hand-written io/simple province (4 courts, 10 cases), copied out of its test jar. */
    private static Path simple() throws IOException {
        Path dir = TestFiles.dir("simple-export");
        for (String f : List.of("法院.csv", "人员.csv", "案件.csv", "流程节点.csv")) {
            try (InputStream in = SnapshotExportCliTest.class.getResourceAsStream("/io/simple/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }

    private static void assertParquet(Path dir) throws IOException {
        for (String f : FILES) {
            byte[] b = Files.readAllBytes(dir.resolve(f));
            assertThat(new String(b, 0, 4, StandardCharsets.US_ASCII)).as(f).isEqualTo("PAR1");
            assertThat(new String(b, b.length - 4, 4, StandardCharsets.US_ASCII)).as(f).isEqualTo("PAR1");
        }
    }

    @Test
    void exportsTheDirectorysCasesFirstReadingThenFromItsSnapshot() throws IOException {
        Path data = simple();
        Path work = TestFiles.dir("export-out");
        Path snapshot = work.resolve("simple.snapshot");
        Path out = work.resolve("pq");

        Run first = cli("snapshot", "export", "--data", data.toString(), "--snapshot", snapshot.toString(), "--out", out.toString());

        assertThat(first.rc()).as(first.err()).isZero();
        assertThat(DataDirectoryReader.lastSnapshotUsed()).isFalse();
        assertThat(snapshot).isRegularFile();
        assertParquet(out);
        assertThat(first.out()).contains("cases.parquet：10 行").contains("steps.parquet：8 行").contains("payments.parquet：3 行")
                .contains("courts.parquet：4 行").contains("已导出 10 件案件的快照");
        byte[] cases = Files.readAllBytes(out.resolve(ProvinceParquet.CASES));

        Run again = cli("snapshot", "export", "--data", data.toString(), "--snapshot", snapshot.toString(), "--out", out.toString());

        assertThat(again.rc()).as(again.err()).isZero();
        assertThat(DataDirectoryReader.lastSnapshotUsed()).isTrue();
        assertThat(Files.readAllBytes(out.resolve(ProvinceParquet.CASES))).isEqualTo(cases);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FILES);
        }
    }

    @Test
    void writesGzipPagesByDefaultAndPlainOnesWithCompressionNone() throws IOException {
        Path data = simple();
        Path work = TestFiles.dir("export-codec");
        Path gzip = work.resolve("gzip");
        Path none = work.resolve("none");

        Run g = cli("snapshot", "export", "--data", data.toString(), "--no-snapshot", "--out", gzip.toString());
        Run n = cli("snapshot", "export", "--data", data.toString(), "--no-snapshot", "--compression", "none", "--out", none.toString());

        assertThat(g.rc()).as(g.err()).isZero();
        assertThat(n.rc()).as(n.err()).isZero();
        assertParquet(gzip);
        assertParquet(none);
        byte[] plain = Files.readAllBytes(none.resolve(ProvinceParquet.CASES));
        byte[] packed = Files.readAllBytes(gzip.resolve(ProvinceParquet.CASES));
        // uncompressed, 案号 stand in the file as UTF-8; gzipped, they do not, and the first page body is a gzip member
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains("（2024）豫1303执恢2号");
        assertThat(new String(packed, StandardCharsets.UTF_8)).doesNotContain("（2024）豫1303执恢2号");
        assertThat(indexOf(packed, new byte[] {0x1f, (byte) 0x8b, 8})).isBetween(4, 40);
        assertThat(indexOf(plain, new byte[] {0x1f, (byte) 0x8b, 8})).isEqualTo(-1);
    }

    private static int indexOf(byte[] b, byte[] part) {
        for (int i = 0; i + part.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + part.length, part, 0, part.length)) return i;
        }
        return -1;
    }

    @Test
    void exportsFromADatabase() throws IOException {
        TestDb db = TestDatabases.fresh(Vendor.H2);
        List<String> dbArgs = DatabaseSourceTest.dbArgs(db);
        assertThat(DatabaseSourceTest.run(DatabaseSourceTest.concat(List.of("import"), dbArgs,
                List.of(TestData.demoDir().toString()))).code()).isZero();
        Path out = TestFiles.dir("export-db");

        Run r = cli(DatabaseSourceTest.concat(List.of("snapshot", "export"), dbArgs, List.of("--out", out.toString()))
                .toArray(String[]::new));

        assertThat(r.rc()).as(r.err()).isZero();
        assertParquet(out);
        assertThat(r.out()).contains("cases.parquet：4000 行");
    }

    @Test
    void badArgumentsAreRefusedInChinese() throws IOException {
        Path data = simple();
        Run noOut = cli("snapshot", "export", "--data", data.toString());
        assertThat(noOut.rc()).isEqualTo(2);
        assertThat(noOut.err()).contains(Messages.text("cli.snapshot.noOut")).contains("请用 --out OUTDIR");

        Path file = Files.writeString(TestFiles.dir("export-file").resolve("not-a-dir"), "x");
        Run toFile = cli("snapshot", "export", "--data", data.toString(), "--out", file.toString());
        assertThat(toFile.rc()).isEqualTo(2);
        assertThat(toFile.err()).contains("输出位置 " + file + " 是一个文件，不是目录");

        Run noSource = cli("snapshot", "export", "--out", TestFiles.dir("export-none").toString());
        assertThat(noSource.rc()).isEqualTo(2);
        assertThat(noSource.err()).contains(Messages.text("cli.error.source"));
        Run badCodec = cli("snapshot", "export", "--data", data.toString(), "--compression", "zstd",
                "--out", TestFiles.dir("export-zstd").toString());
        assertThat(badCodec.rc()).isEqualTo(2);
        assertThat(badCodec.err()).contains(Messages.text("cli.snapshot.badCompression", "zstd")).contains("未知的压缩方式 zstd");
        assertThat(Arrays.asList(noOut.out(), toFile.out(), noSource.out(), badCodec.out())).allMatch(String::isEmpty);
    }
}
