package cn.scorecard.core.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file layout and the data pages, byte by byte (DuckDB reads whole files in the bench module's test). */
class ParquetWriterTest {
    @TempDir
    Path tmp;

    private byte[] write(List<Column> columns, int rows, int pageRows) throws IOException {
        Path f = tmp.resolve("t.parquet");
        try (ParquetWriter w = new ParquetWriter(f, columns, pageRows, 1 << 20)) {
            w.rowGroup(0, rows);
            w.finish();
        }
        return Files.readAllBytes(f);
    }

    @Test
    void aRequiredInt32ColumnIsOnePageHeaderAndItsLittleEndianValuesBetweenMagicAndFooter() throws IOException {
        int[] v = {1, 2};
        byte[] b = write(List.of(Column.int32("n", false, i -> v[i])), 2, 100);
        // PageHeader: type 0, sizes 8 and 8, DataPageHeader (num_values 2, PLAIN, RLE, RLE), then the values.
        String page = "15 00 15 10 15 10 2c 15 04 15 00 15 06 15 06 00 00 01 00 00 00 02 00 00 00";
        assertThat(Hex.of(Arrays.copyOfRange(b, 0, 4 + 25))).isEqualTo("50 41 52 31 " + page);
        assertThat(Hex.of(Arrays.copyOfRange(b, b.length - 4, b.length))).isEqualTo("50 41 52 31");
        int footer = ByteBuffer.wrap(b, b.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        assertThat(4 + 25 + footer + 8).isEqualTo(b.length);
        assertThat(new String(b, 4 + 25, footer, java.nio.charset.StandardCharsets.UTF_8)).contains(Footer.CREATED_BY);
    }

    @Test
    void anOptionalColumnWritesItsDefinitionLevelsBeforeOnlyTheValuesThatAreThere() throws IOException {
        int[] v = {5, Column.NULL_INT};
        byte[] b = write(List.of(Column.int32("n", true, i -> v[i])), 2, 100);
        // Body: levels (length 2: one bit-packed group, level 1 then 0 = 0x01), then the one value: 10 bytes.
        assertThat(Hex.of(Arrays.copyOfRange(b, 4, 4 + 17 + 10)))
                .isEqualTo("15 00 15 14 15 14 2c 15 04 15 00 15 06 15 06 00 00 02 00 00 00 03 01 05 00 00 00");
    }

    @Test
    void booleansArePackedABitAValue() throws IOException {
        boolean[] v = {true, false, true};
        byte[] b = write(List.of(Column.bool("b", i -> v[i])), 3, 100);
        assertThat(Hex.of(Arrays.copyOfRange(b, 4, 4 + 18))).isEqualTo("15 00 15 02 15 02 2c 15 06 15 00 15 06 15 06 00 00 05");
    }

    @Test
    void aRowGroupIsSplitIntoPagesOfAtMostPageRows() throws IOException {
        byte[] b = write(List.of(Column.int32("n", false, i -> i)), 5, 2);
        // three pages of 2, 2 and 1 values: 8 + 8 + 4 bytes of values, each after a 17-byte header
        String first = Hex.of(Arrays.copyOfRange(b, 4, 4 + 17));
        assertThat(first).isEqualTo("15 00 15 10 15 10 2c 15 04 15 00 15 06 15 06 00 00");
        String third = Hex.of(Arrays.copyOfRange(b, 4 + 2 * 25, 4 + 2 * 25 + 21));
        assertThat(third).isEqualTo("15 00 15 08 15 08 2c 15 02 15 00 15 06 15 06 00 00 04 00 00 00");
    }

    @Test
    void aNullInARequiredColumnIsRefusedAndNoFileIsLeft() throws IOException {
        Path f = tmp.resolve("bad.parquet");
        try (ParquetWriter w = new ParquetWriter(f, List.of(Column.text("t", false, i -> null)), 10, 100)) {
            assertThatThrownBy(() -> w.rowGroup(0, 1)).hasMessageContaining("column t has no value in row 0");
        }
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theFileMayBeReadByWhomeverAnOrdinaryNewFileMayBe() throws IOException {
        Path f = tmp.resolve("p.parquet");
        try (ParquetWriter w = new ParquetWriter(f, List.of(Column.int32("n", false, i -> i)), 10, 100)) {
            w.rowGroup(0, 1);
            w.finish();
        }
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
        }
    }

    @Test
    void textIsItsLengthAndUtf8AndTimestampsAreMillisecondsOfTheMinute() throws IOException {
        byte[] b = write(List.of(Column.text("t", false, i -> "执"), Column.timestamp("m", false, i -> 1)), 1, 10);
        // text page: 7 bytes (length 3, e6 89 a7); the timestamp page: 60000 ms = 0x ea60.
        assertThat(Hex.of(Arrays.copyOfRange(b, 4 + 17, 4 + 17 + 7))).isEqualTo("03 00 00 00 e6 89 a7");
        assertThat(Hex.of(Arrays.copyOfRange(b, 4 + 24 + 17, 4 + 24 + 17 + 8))).isEqualTo("60 ea 00 00 00 00 00 00");
    }
}
