package cn.scorecard.core.io.parquet;

import java.io.IOException;

/**
 * Writes one column's chunk of a row group as V1 data pages: PLAIN values, UNCOMPRESSED, an optional column's
 * definition levels in front ({@link LevelEncoder}). A page ends after {@code pageRows} rows or once its values
 * pass {@code pageBytes}, so memory stays one page whatever the row group's size.
 */
final class ChunkWriter {
    private static final int DATA_PAGE = 0;
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    private final int pageRows;
    private final int pageBytes;
    private final boolean[] defined;
    private final ByteBuf values;
    private final ByteBuf body;
    private final ByteBuf header = new ByteBuf(64);

    ChunkWriter(int pageRows, int pageBytes) {
        if (pageRows < 1 || pageBytes < 1) throw new IllegalArgumentException("page limits must be positive");
        this.pageRows = pageRows;
        this.pageBytes = pageBytes;
        this.defined = new boolean[pageRows];
        this.values = new ByteBuf(Math.min(pageBytes, 1 << 20) + 64);
        this.body = new ByteBuf(Math.min(pageBytes, 1 << 20) + 64);
    }

    /** The chunk's pages for rows [from, to), and where they went. */
    Chunk write(Column column, int from, int to, FileOut out) throws IOException {
        long start = out.position();
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
        return new Chunk(column, to - from, start, out.position() - start);
    }

    private void page(Column column, int n, FileOut out) throws IOException {
        body.clear();
        if (column.optional()) LevelEncoder.write(defined, n, body);
        if (column.type() == ColumnType.BOOLEAN) packBits();
        else body.put(values);
        header.clear();
        new ThriftCompact(header)
                .i32(1, DATA_PAGE).i32(2, body.size()).i32(3, body.size())
                .struct(5).i32(1, n).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end()
                .end();
        out.write(header);
        out.write(body);
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

    /** A written column chunk: its column, values (rows, nulls included), first byte and length (headers included). */
    record Chunk(Column column, long values, long offset, long bytes) {
    }
}
