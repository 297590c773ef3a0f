package cn.scorecard.core.io.parquet;

import java.util.List;

/**
 * The FileMetaData of parquet.thrift in the compact protocol: version, the flat schema (a root group, then one
 * SchemaElement a column), the row count and the row groups with each column chunk's ColumnMetaData.
 */
final class Footer {
    private static final int VERSION = 1;
    private static final int REQUIRED = 0;
    private static final int OPTIONAL = 1;
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    static final String CREATED_BY = "scorecard (cn.scorecard.core.io.parquet)";

    private Footer() {
    }

    /** One row group: its column chunks in schema order and its rows. */
    record RowGroup(List<ChunkWriter.Chunk> chunks, long rows) {
    }

    static ByteBuf write(List<Column> columns, List<RowGroup> rowGroups) {
        ByteBuf buf = new ByteBuf(1024);
        ThriftCompact t = new ThriftCompact(buf);
        t.i32(1, VERSION);
        t.list(2, ThriftCompact.STRUCT, columns.size() + 1);
        t.begin().string(4, "schema").i32(5, columns.size()).end();
        for (Column c : columns) {
            t.begin().i32(1, c.type().physical).i32(3, c.optional() ? OPTIONAL : REQUIRED).string(4, c.name());
            c.type().annotate(t);
            t.end();
        }
        long rows = 0;
        for (RowGroup g : rowGroups) rows += g.rows();
        t.i64(3, rows);
        t.list(4, ThriftCompact.STRUCT, rowGroups.size());
        for (RowGroup g : rowGroups) rowGroup(t, g);
        t.string(6, CREATED_BY);
        t.end();
        return buf;
    }

    private static void rowGroup(ThriftCompact t, RowGroup g) {
        long bytes = 0;
        long uncompressed = 0;
        for (ChunkWriter.Chunk c : g.chunks()) {
            bytes += c.bytes();
            uncompressed += c.uncompressedBytes();
        }
        t.begin();
        t.list(1, ThriftCompact.STRUCT, g.chunks().size());
        for (ChunkWriter.Chunk c : g.chunks()) {
            t.begin().i64(2, c.offset()).struct(3)
                    .i32(1, c.column().type().physical)
                    .list(2, ThriftCompact.I32, 2).element(PLAIN).element(RLE)
                    .list(3, ThriftCompact.BINARY, 1).element(c.column().name())
                    .i32(4, c.compression().codec)
                    .i64(5, c.values())
                    .i64(6, c.uncompressedBytes())
                    .i64(7, c.bytes())
                    .i64(9, c.offset())
                    .end().end();
        }
        // total_byte_size is the uncompressed data, total_compressed_size what the file holds
        t.i64(2, uncompressed).i64(3, g.rows()).i64(5, g.chunks().get(0).offset()).i64(6, bytes);
        t.end();
    }
}
