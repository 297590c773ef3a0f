package cn.scorecard.core.io.parquet;

import java.io.IOException;

/**
 * Writes one column's chunk of a row group as V1 data pages: PLAIN values, an optional column's definition levels
 * in front ({@link LevelEncoder}), the whole body (levels and values together) stored as it is or gzipped
 * ({@link Compression}). A page ends after {@code pageRows} rows or once its values pass {@code pageBytes}, so
 * memory stays one page whatever the row group's size.
 */
final class ChunkWriter implements AutoCloseable {
    private static final int DATA_PAGE = 0;
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    private final int pageRows;
    private final int pageBytes;
    private final boolean[] defined;
    private final ByteBuf values;
    private final ByteBuf body;
    private final ByteBuf header = new ByteBuf(64);
    private final Compression compression;
    private final Gzip gzip;
    private final ByteBuf compressed;
    private long uncompressedBytes;

    ChunkWriter(int pageRows, int pageBytes) {
        this(pageRows, pageBytes, Compression.NONE);
    }

    ChunkWriter(int pageRows, int pageBytes, Compression compression) {
        if (pageRows < 1 || pageBytes < 1) throw new IllegalArgumentException("page limits must be positive");
        this.pageRows = pageRows;
        this.pageBytes = pageBytes;
        this.defined = new boolean[pageRows];
        this.values = new ByteBuf(Math.min(pageBytes, 1 << 20) + 64);
        this.body = new ByteBuf(Math.min(pageBytes, 1 << 20) + 64);
        this.compression = compression;
        this.gzip = compression == Compression.GZIP ? new Gzip(Gzip.LEVEL) : null;
        this.compressed = gzip == null ? null : new ByteBuf(Math.min(pageBytes, 1 << 20) / 2 + 64);
    }

    /** The chunk's pages for rows [from, to), and where they went. */
    Chunk write(Column column, int from, int to, FileOut out) throws IOException {
        long start = out.position();
        uncompressedBytes = 0;
        int r = from;
        while (r < to) {
            values.clear();
            int n = 0;
            while (r < to && n < pageRows && values.size() < pageBytes) {
                boolean d = column.value().write(r, values);
                if (!d && !column.optional()) {
                    throw new IllegalStateException("column " + column.name() + " has no value in row " + r);
                }
                defined[n++] = d;
                r++;
            }
            page(column, n, out);
        }
        return new Chunk(column, to - from, start, out.position() - start, uncompressedBytes, compression);
    }

    private void page(Column column, int n, FileOut out) throws IOException {
        body.clear();
        if (column.optional()) LevelEncoder.write(defined, n, body);
        if (column.type() == ColumnType.BOOLEAN) packBits();
        else body.put(values);
        ByteBuf stored = body;
        if (gzip != null) {
            gzip.compress(body, compressed);
            stored = compressed;
        }
        header.clear();
        new ThriftCompact(header)
                .i32(1, DATA_PAGE).i32(2, body.size()).i32(3, stored.size())
                .struct(5).i32(1, n).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end()
                .end();
        out.write(header);
        out.write(stored);
        uncompressedBytes += header.size() + body.size();
    }

    /** PLAIN booleans: one bit a value, the first in the lowest bit ({@link Column#bool} wrote a byte each). */
    private void packBits() {
        byte[] one = values.toArray();
        for (int i = 0; i < one.length; i += 8) {
            int b = 0;
            for (int k = 0; k < 8 && i + k < one.length; k++) b |= (one[i + k] & 1) << k;
            body.put(b);
        }
    }

    @Override
    public void close() {
        if (gzip != null) gzip.close();
    }

    /**
     * A written column chunk: its column, values (rows, nulls included), first byte, length in the file and length
     * with every page body uncompressed (both with the page headers), and its codec.
     */
    record Chunk(Column column, long values, long offset, long bytes, long uncompressedBytes, Compression compression) {
    }
}
