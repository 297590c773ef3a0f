package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.mapping.MappingProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A watched folder (监视文件夹): the .csv and .xlsx files that arrive in it are imported one by one in name order
 * (weekly exports named by date come in date order), each file one atomic import with its import log and audit
 * entry, then moved to done/ or failed/ with its report beside it ({@code <file>.report.txt}). A file is read
 * through the named profile, or else through the stored profile that fits its headers, or else as ours. A file
 * changed within the settle time may still be being copied and waits for the next run.
 */
public final class FolderSource {
    /** Runs one import (the application's import service, or an {@link Importer} on the command line and in tests). */
    @FunctionalInterface
    public interface Run {
        ImportReport run(List<Path> files, MappingProfile profile, String actor);
    }

    private final Path folder;
    private final String profileName;
    private final ImportProfiles profiles;
    private final Run run;
    private final Duration settle;

    public FolderSource(Path folder, String profileName, ImportProfiles profiles, Run run, Duration settle) {
        this.folder = folder;
        this.profileName = profileName == null || profileName.isBlank() ? null : profileName.strip();
        this.profiles = profiles;
        this.run = run;
        this.settle = settle;
    }

    /** Imports the waiting files; returns their reports in order. */
    public List<ImportReport> runOnce(String actor) {
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : waiting()) {
            ImportReport r;
            try {
                r = run.run(List.of(file), profileFor(file), actor);
            } catch (RuntimeException e) {
                r = new ImportReport(false, List.of(file.getFileName().toString()), 0, java.util.Map.of(),
                        List.of(new cn.scorecard.core.io.ImportError(file.getFileName().toString(), null, 0, null, null,
                                Bundle.text("import.profile.unusable", String.valueOf(e.getMessage())))), -1, Duration.ZERO);
            }
            file(file, r);
            reports.add(r);
        }
        return reports;
    }

    private MappingProfile profileFor(Path file) {
        if (profileName != null) {
            return profiles.latest(profileName).orElseThrow(() -> new IllegalStateException(Bundle.text("import.profile.unknown", profileName))).profile();
        }
        List<TableInput> tables = Importer.tables(List.of(file));
        if (tables.stream().allMatch(Importer::isOurs)) return null;
        return profiles.fitting(tables).map(ImportProfiles.Stored::profile).orElse(null);
    }

    List<Path> waiting() {
        if (!Files.isDirectory(folder)) return List.of();
        Instant settled = Instant.now().minus(settle);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(FolderSource::isTable).filter(f -> modified(f).isBefore(settled)
                    || settle.isZero()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Into done/ or failed/, the report beside it; a name already there gets the time appended. */
    private void file(Path file, ImportReport r) {
        try {
            Path dir = Files.createDirectories(folder.resolve(r.accepted() ? "done" : "failed"));
            String name = file.getFileName().toString();
            Path target = dir.resolve(name);
            if (Files.exists(target)) {
                target = dir.resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "-" + name);
            }
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(target.resolveSibling(target.getFileName() + ".report.txt"),
                    String.join("、", r.tables()) + "\n" + r.summary(500) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTable(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && !n.startsWith("~$") && (n.endsWith(".csv") || n.endsWith(".xlsx"));
    }

    private static Instant modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
