package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows in COPY text put aside in a temporary file while another COPY is running (a connection runs one at a
 * time): the cases an import updates, merged at the end of their file. A file, not memory, because a
 * re-import of a million cases puts all of them aside.
 */
final class SetAside implements AutoCloseable {
    private final Path file;
    private final Writer writer;
    private final StringBuilder line = new StringBuilder(256);
    private boolean empty = true;

    SetAside() {
        try {
            file = Files.createTempFile("scorecard-merge-", ".copy");
            writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(Bundle.text("import.error.tempCreate", String.valueOf(e.getMessage())), e);
        }
    }

    void add(Object[] values) {
        line.setLength(0);
        CopyText.line(line, values);
        try {
            writer.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(Bundle.text("import.error.tempWrite", String.valueOf(e.getMessage())), e);
        }
        empty = false;
    }

    boolean isEmpty() {
        return empty;
    }

    /** The rows written so far, for a COPY; the writer is closed. */
    Reader reader() throws IOException {
        writer.close();
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** Deletes the file (a file left behind is harmless, so failures are ignored). */
    @Override
    public void close() {
        try {
            writer.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // see above
        }
    }
}
