package cn.scorecard.app.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** One temporary directory per test JVM for databases and files, deleted when the JVM ends. */
public final class TestFiles {
    private static Path root;

    private TestFiles() {
    }

    /** A new directory under the JVM's root. */
    public static synchronized Path dir(String prefix) {
        try {
            if (root == null) {
                root = Files.createTempDirectory("scorecard-test-");
                Path r = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(r)));
            }
            return Files.createTempDirectory(root, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
