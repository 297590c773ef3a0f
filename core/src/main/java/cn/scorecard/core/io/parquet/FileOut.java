package cn.scorecard.core.io.parquet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A buffered file output that knows its position (the offsets the footer records). */
final class FileOut implements AutoCloseable {
    private final OutputStream out;
    private long position;

    FileOut(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 20);
    }

    long position() {
        return position;
    }

    void write(ByteBuf b) throws IOException {
        b.writeTo(out);
        position += b.size();
    }

    void write(byte[] b) throws IOException {
        out.write(b);
        position += b.length;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
