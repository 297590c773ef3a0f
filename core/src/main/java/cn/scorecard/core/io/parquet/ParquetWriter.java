package cn.scorecard.core.io.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Parquet file written row group by row group: {@code PAR1}, for each row group every column's chunk in schema
 * order ({@link ChunkWriter}), then the footer ({@link Footer}, Thrift compact), its length as 4 bytes little-endian,
 * and {@code PAR1}. Written to a temporary file beside the target and moved into place by {@link #finish()}, so a
 * half-written file never carries the target's name; {@link #close()} without {@link #finish()} removes it.
 */
final class ParquetWriter implements AutoCloseable {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private final Path target;
    private final Path tmp;
    private final List<Column> columns;
    private final FileOut out;
    private final ChunkWriter chunks;
    private final List<Footer.RowGroup> rowGroups = new ArrayList<>();
    private boolean finished;

    ParquetWriter(Path target, List<Column> columns, int pageRows, int pageBytes) throws IOException {
        this(target, columns, pageRows, pageBytes, Compression.NONE);
    }

    ParquetWriter(Path target, List<Column> columns, int pageRows, int pageBytes, Compression compression) throws IOException {
        this.target = target.toAbsolutePath();
        this.columns = List.copyOf(columns);
        this.chunks = new ChunkWriter(pageRows, pageBytes, compression);
        // not Files.createTempFile, whose file only the owner may read: the export is for others to read
        this.tmp = this.target.resolveSibling("." + this.target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        this.out = new FileOut(tmp);
        out.write(MAGIC);
    }

    /** Rows [from, to) as one row group (nothing for an empty range). */
    void rowGroup(int from, int to) throws IOException {
        if (to <= from) return;
        List<ChunkWriter.Chunk> written = new ArrayList<>(columns.size());
        for (Column c : columns) written.add(chunks.write(c, from, to, out));
        rowGroups.add(new Footer.RowGroup(written, to - from));
    }

    /** Writes the footer and moves the file into place. */
    void finish() throws IOException {
        ByteBuf footer = Footer.write(columns, rowGroups);
        out.write(footer);
        ByteBuf tail = new ByteBuf(8);
        tail.int32(footer.size());
        tail.put(MAGIC);
        out.write(tail);
        out.close();
        chunks.close();
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (finished) return;
        chunks.close();
        out.close();
        Files.deleteIfExists(tmp);
    }
}
