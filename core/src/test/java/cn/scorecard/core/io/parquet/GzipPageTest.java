package cn.scorecard.core.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GZIP page: its header's two sizes, its body a gzip member of the levels and values together (the same bytes
 * as the uncompressed page's body), and the footer's codec and chunk sizes.
 */
class GzipPageTest {
    private static final int ROWS = 1000;
    /** An optional column, every seventh row null: definition levels and values in one body. */
    private static final List<Column> COLUMNS = List.of(Column.int32("n", true, i -> i % 7 == 0 ? Column.NULL_INT : i % 10));

    @TempDir
    Path tmp;

    private byte[] write(String name, Compression compression) throws IOException {
        Path f = tmp.resolve(name);
        try (ParquetWriter w = new ParquetWriter(f, COLUMNS, ROWS, 1 << 20, compression)) {
            w.rowGroup(0, ROWS);
            w.finish();
        }
        return Files.readAllBytes(f);
    }

    /** A data page's header after PAR1: the sizes it gives and where its body starts. */
    private record Header(int uncompressed, int compressed, int length) {
        static Header at4(byte[] b) {
            int[] pos = {4};
            assertThat(b[pos[0]++]).isEqualTo((byte) 0x15); // field 1, i32: type
            assertThat(b[pos[0]++]).isEqualTo((byte) 0x00); // DATA_PAGE
            assertThat(b[pos[0]++]).isEqualTo((byte) 0x15); // field 2: uncompressed_page_size
            int uncompressed = zigzag(b, pos);
            assertThat(b[pos[0]++]).isEqualTo((byte) 0x15); // field 3: compressed_page_size
            int compressed = zigzag(b, pos);
            // DataPageHeader: num_values 1000 (zigzag 2000 = d0 0f), PLAIN, RLE, RLE; then the two stops
            String rest = Hex.of(Arrays.copyOfRange(b, pos[0], pos[0] + 12));
            assertThat(rest).isEqualTo("2c 15 d0 0f 15 00 15 06 15 06 00 00");
            return new Header(uncompressed, compressed, pos[0] + 12 - 4);
        }

        private static int zigzag(byte[] b, int[] pos) {
            long v = 0;
            int shift = 0;
            int x;
            do {
                x = b[pos[0]++] & 0xff;
                v |= (long) (x & 0x7f) << shift;
                shift += 7;
            } while ((x & 0x80) != 0);
            return (int) ((v >>> 1) ^ -(v & 1));
        }
    }

    private static String zigzagVarint(long v) {
        ByteBuf b = new ByteBuf(10);
        b.varint((v << 1) ^ (v >> 63));
        return Hex.of(b);
    }

    @Test
    void theCompressedPageBodyGunzipsToTheLevelsAndValuesOfTheUncompressedPage() throws IOException {
        byte[] plain = write("plain.parquet", Compression.NONE);
        byte[] gzip = write("gzip.parquet", Compression.GZIP);

        Header p = Header.at4(plain);
        // 1000 levels (RLE/bit-packed, 4-byte length in front) and 857 values of 4 bytes
        assertThat(p.compressed()).isEqualTo(p.uncompressed());
        assertThat(p.uncompressed()).isGreaterThan(857 * 4);
        byte[] body = Arrays.copyOfRange(plain, 4 + p.length(), 4 + p.length() + p.uncompressed());

        Header g = Header.at4(gzip);
        assertThat(g.uncompressed()).isEqualTo(p.uncompressed());
        assertThat(g.compressed()).isLessThan(g.uncompressed() / 4);
        byte[] stored = Arrays.copyOfRange(gzip, 4 + g.length(), 4 + g.length() + g.compressed());
        assertThat(Hex.of(Arrays.copyOf(stored, 3))).isEqualTo("1f 8b 08"); // a gzip member, deflate
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
        // the footer follows the page directly: the page's stated compressed size is its length in the file
        assertThat(Hex.of(Arrays.copyOfRange(gzip, 4 + g.length() + g.compressed(), 4 + g.length() + g.compressed() + 2)))
                .isEqualTo("15 02"); // FileMetaData field 1 (version) = 1
    }

    @Test
    void theFooterGivesTheGzipCodecAndTheChunkSizesUncompressedAndInTheFile() throws IOException {
        byte[] gzip = write("gzip.parquet", Compression.GZIP);
        Header g = Header.at4(gzip);
        long uncompressed = g.length() + g.uncompressed();
        long inFile = g.length() + g.compressed();
        // ColumnMetaData after path_in_schema: codec 2, num_values 1000, total_uncompressed_size, total_compressed_size
        String chunk = "15 04 16 " + zigzagVarint(ROWS) + " 16 " + zigzagVarint(uncompressed) + " 16 " + zigzagVarint(inFile);
        String footer = Hex.of(Arrays.copyOfRange(gzip, (int) (4 + inFile), gzip.length));
        assertThat(footer).contains(chunk);
        // RowGroup: total_byte_size uncompressed, num_rows, file_offset 4, total_compressed_size as in the file
        assertThat(footer).contains("16 " + zigzagVarint(uncompressed) + " 16 " + zigzagVarint(ROWS) + " 26 08 16 "
                + zigzagVarint(inFile));

        byte[] plain = write("plain.parquet", Compression.NONE);
        Header p = Header.at4(plain);
        long plainChunk = p.length() + p.uncompressed();
        assertThat(Hex.of(Arrays.copyOfRange(plain, (int) (4 + plainChunk), plain.length)))
                .contains("15 00 16 " + zigzagVarint(ROWS) + " 16 " + zigzagVarint(plainChunk) + " 16 " + zigzagVarint(plainChunk));
    }
}
