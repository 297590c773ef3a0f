package cn.scorecard.app.platform.store;

import cn.scorecard.core.io.BuiltCases;
import cn.scorecard.core.io.ProvinceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;

/**
 * The server's start reads the cases' snapshot file on a thread of its own from the first moment, before Spring and
 * Flyway have started (they leave the second core idle for about 3 s); the read of the database then takes those
 * cases if they are of the same file (path, size, modification time, unchanged since) and were saved under the key it
 * computes, exactly as if it had read the file itself. Used by the first read only; any later read reads the file.
 */
public final class SnapshotPrefetch {
    private static volatile Prefetched prefetched;

    private SnapshotPrefetch() {
    }

    private record Prefetched(Path file, long size, FileTime modified, CompletableFuture<ProvinceSnapshot.Keyed> read) {
    }

    /** Starts reading the file, if there is one. */
    public static void start(Path file) {
        Path at = file.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(at)) return;
            CompletableFuture<ProvinceSnapshot.Keyed> read = new CompletableFuture<>();
            prefetched = new Prefetched(at, Files.size(at), Files.getLastModifiedTime(at), read);
            Thread t = new Thread(() -> {
                try {
                    read.complete(ProvinceSnapshot.readKeyed(at));
                } catch (Throwable e) { // out of memory included: the read of the database reads the file again
                    read.complete(null);
                }
            }, "prefetch-snapshot");
            t.setDaemon(true);
            t.start();
        } catch (IOException e) {
            prefetched = null; // the database read reads it, and says what is wrong
        }
    }

    /** The cases saved in the file under the key, or null: the prefetched read when it applies, else a read now. */
    static BuiltCases readCases(Path file, String key) {
        Prefetched p = prefetched;
        prefetched = null;
        if (p != null && p.file().equals(file.toAbsolutePath().normalize()) && unchanged(p)) {
            ProvinceSnapshot.Keyed read = p.read().join();
            if (read != null && unchanged(p)) return read.key().equals(key) ? read.cases() : null;
        }
        return ProvinceSnapshot.readCases(file, key);
    }

    private static boolean unchanged(Prefetched p) {
        try {
            return Files.size(p.file()) == p.size() && Files.getLastModifiedTime(p.file()).equals(p.modified());
        } catch (IOException e) {
            return false;
        }
    }
}
