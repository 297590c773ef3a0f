package cn.scorecard.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** The hand-written fixture directories under src/test/resources/io, and ways to spoil a copy of them. */
final class Fixtures {
    private Fixtures() {
    }

    static Path simple() {
        try {
            return Path.of(Fixtures.class.getResource("/io/simple").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of the simple province in dir. */
    static Path copyOfSimple(Path dir) {
        try (Stream<Path> files = Files.list(simple())) {
            Files.createDirectories(dir);
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName().toString()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends lines to a file; returns the spreadsheet row of the first appended line (header = 1). */
    static long append(Path dir, String file, String... lines) {
        try {
            Path f = dir.resolve(file);
            long existing = Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8).size() : 0;
            StringBuilder sb = new StringBuilder();
            for (String line : lines) sb.append(line).append('\n');
            Files.writeString(f, sb, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return existing + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String file, String... lines) {
        try {
            Files.write(dir.resolve(file), List.of(lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
