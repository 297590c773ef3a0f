package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.store.H2Files;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Command-line imports into an embedded H2 file database take turns on an operating-system lock on a file next
 * to the database ({@code scorecard.import.lock}), held from before the first connection to the end of the
 * process's import. Without it, a second import either met the first one opening the file (H2 refused it at
 * once: "Database may be already in use") or reached the database through the first process's AUTO_SERVER
 * socket and lost its connection, mid-transaction, when that process ended. Waiting imports wait as the
 * documented row lock of data_version does: up to {@link #WAIT_MILLIS}. Other databases need no such lock.
 */
public final class ImportLock implements AutoCloseable {
    /** As long as an import waits for the data version's row lock (DataVersion). */
    static final long WAIT_MILLIS = 600_000;
    private static final ImportLock NONE = new ImportLock(null, null);

    private final FileChannel channel;
    private final FileLock lock;

    private ImportLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the database the URL names (nothing for PostgreSQL or H2 in memory); says when it waits. */
    public static ImportLock acquire(String jdbcUrl, Consumer<String> waiting) {
        if (!H2Files.isFile(jdbcUrl)) return NONE;
        Path base = H2Files.base(jdbcUrl).toAbsolutePath();
        Path file = base.resolveSibling(base.getFileName() + ".import.lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    waiting.accept(Bundle.text("import.lock.waiting"));
                    lock = waitFor(channel);
                }
                return new ImportLock(channel, lock);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Bundle.text("import.lock.error", String.valueOf(file), String.valueOf(e.getMessage())), e);
        }
    }

    private static FileLock waitFor(FileChannel channel) throws IOException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            FileLock lock = tryLock(channel);
            if (lock != null) return lock;
        }
        throw new IOException(Bundle.text("import.lock.timeout", String.valueOf(WAIT_MILLIS / 60_000)));
    }

    /** The lock, or null while another process (or another import of this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Whether this process holds the lock (false for databases that need none). */
    public boolean held() {
        return lock != null;
    }

    @Override
    public void close() {
        try {
            if (lock != null) lock.release();
            if (channel != null) channel.close();
        } catch (IOException | OverlappingFileLockException e) {
            // the lock ends with the process anyway
        }
    }
}
