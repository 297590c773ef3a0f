package cn.scorecard.app.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting on the mapping screen: kept in their temporary directory between the upload, the
 * previews and the import, readable by the user who uploaded them only, and deleted after the import or after
 * two hours (nothing of them is in the database until the import).
 */
@Component
class UploadStaging {
    private static final Duration KEPT = Duration.ofHours(2);

    record Staged(long id, String owner, Path dir, Instant created) {
    }

    private final Map<Long, Staged> staged = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 100_000 * 10);

    Staged stage(String owner, Path dir) {
        expire();
        Staged s = new Staged(ids.incrementAndGet(), owner, dir, Instant.now());
        staged.put(s.id(), s);
        return s;
    }

    /** The staged upload of this user, or null. */
    Staged get(long id, String owner) {
        Staged s = staged.get(id);
        return s != null && s.owner().equals(owner) ? s : null;
    }

    /** Taken for an import, which deletes the files when done. */
    Staged take(long id, String owner) {
        Staged s = get(id, owner);
        if (s != null) staged.remove(id);
        return s;
    }

    private void expire() {
        Instant limit = Instant.now().minus(KEPT);
        staged.values().removeIf(s -> {
            if (s.created().isAfter(limit)) return false;
            delete(s.dir());
            return true;
        });
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
