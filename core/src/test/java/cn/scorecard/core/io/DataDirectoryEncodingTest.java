package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.scorecard.core.data.ProvinceData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charsets and byte-order marks: what Excel and other tools actually produce. */
class DataDirectoryEncodingTest {
    @TempDir
    Path tmp;

    @Test
    void gb18030FilesAreDetectedAndRead() throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8).replace("\uFEFF", "");
                Files.write(f, text.getBytes(CsvFiles.GB18030));
            }
        }
        assertThat(CsvFiles.isUtf8(Files.readAllBytes(dir.resolve("案件.csv")), true)).isFalse();

        ProvinceData data = DataDirectoryReader.read(dir);

        DataAssertions.assertSameData(data, DataDirectoryReader.read(Fixtures.simple()));
        assertThat(data.courts().get(0).name()).isEqualTo("河南省高级人民法院");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp);
        byte[] plain = Files.readAllBytes(dir.resolve("法院.csv"));
        assertThat(plain[0]).isNotEqualTo((byte) 0xEF); // the fixture's 法院.csv has no BOM …
        Files.write(dir.resolve("法院.csv"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain));
        assertThat(Files.readAllBytes(Fixtures.simple().resolve("案件.csv"))[0]).isEqualTo((byte) 0xEF); // … 案件.csv has

        // Were the BOM kept, the first header would read "\uFEFF法院代码" and be an unknown column.
        DataAssertions.assertSameData(DataDirectoryReader.read(dir), DataDirectoryReader.read(Fixtures.simple()));
    }

    @Test
    void gb18030ByteOrderMarkIsStrippedToo() throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp);
        String text = Files.readString(dir.resolve("法院.csv"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("法院.csv"), ("\uFEFF" + text).getBytes(CsvFiles.GB18030));
        assertThat(DataDirectoryReader.read(dir).courts().size()).isEqualTo(4);
    }

    @Test
    void undecodableBytesAfterAValidStartAreReported() throws IOException {
        Path dir = Fixtures.copyOfSimple(tmp);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("日期,休息,名称\n".getBytes(StandardCharsets.UTF_8));
        // More than the sniffed 64 KiB of clean UTF-8 …
        for (int i = 0; bytes.size() < 70_000; i++) {
            bytes.write(("2030-01-" + String.format("%02d", i % 28 + 1) + ",否,调休" + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.write(new byte[] {'2', '0', '3', '1', '-', '0', '1', '-', '0', '1', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
        Files.write(dir.resolve("节假日.csv"), bytes.toByteArray());

        DataImportException e = catchThrowableOfType(DataImportException.class, () -> DataDirectoryReader.read(dir));

        // … then a byte that is neither: one file-level error for the encoding (duplicate dates aside).
        assertThat(e.errors()).filteredOn(x -> x.reason().startsWith("文件编码"))
                .extracting(ImportError::file, ImportError::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("节假日.csv", "文件编码无法识别（应为 UTF-8 或 GB18030）"));
    }

    @Test
    void crlfLineEndingsAndQuotedCellsAreRead() {
        ProvinceData data = DataDirectoryReader.read(Fixtures.simple()); // 人员.csv has CRLF line ends
        assertThat(data.staff().get(5).id()).isEqualTo("P006");
        assertThat(data.evidence().get(1).reason()).contains("\"每季度一次\"");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
