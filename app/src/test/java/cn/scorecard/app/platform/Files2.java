package cn.scorecard.app.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small CSV files written by tests. */
public final class Files2 {
    private Files2() {
    }

    /** A new directory holding one file with the given lines. */
    public static Path csv(String name, String... lines) {
        try {
            Path dir = TestFiles.dir("import");
            Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
