package cn.scorecard.app.platform.importing;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.TableInput;
import cn.scorecard.core.io.XlsxProblem;
import cn.scorecard.core.io.XlsxWorkbook;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tables of an import, found in the given files and directories: each CSV file or workbook sheet is a
 * record type by its name (案件.csv, sheet 案件; a workbook with one sheet may be named after the type
 * instead). A name that is no record type is an error, so that a misnamed file is not silently skipped.
 */
final class ImportSources {
    final Map<RecordType, List<TableInput>> data = new EnumMap<>(RecordType.class);
    final List<String> tables = new ArrayList<>();
    final List<ImportError> errors = new ArrayList<>();

    /** The raw tables found, with the name each would be known by without a profile. */
    private final List<Map.Entry<TableInput, String>> raw = new ArrayList<>();

    static ImportSources of(List<Path> paths) {
        return of(paths, null);
    }

    /**
     * With a profile, every table found goes through it (tables of ours that it does not cover are taken as they
     * are, see {@link ProfileMapping}); without one, each table is a record type by its name.
     */
    static ImportSources of(List<Path> paths, MappingProfile profile) {
        ImportSources s = new ImportSources();
        for (Path p : paths) s.add(p);
        if (profile == null) {
            for (Map.Entry<TableInput, String> t : s.raw) s.addTable(t.getKey(), t.getValue());
        } else {
            ProfileMapping.Result r = ProfileMapping.apply(profile, s.raw.stream().map(Map.Entry::getKey).toList());
            r.inputs().forEach((type, list) -> s.data.computeIfAbsent(type, k -> new ArrayList<>()).addAll(list));
            s.tables.addAll(r.tables());
            s.errors.addAll(r.errors());
        }
        return s;
    }

    /** The tables found, before any naming or profile (what the mapping screen shows). */
    static List<TableInput> rawTables(List<Path> paths) {
        ImportSources s = new ImportSources();
        for (Path p : paths) s.add(p);
        return s.raw.stream().map(Map.Entry::getKey).toList();
    }

    long estimatedRows() {
        long n = 0;
        for (List<TableInput> list : data.values()) {
            for (TableInput t : list) n += t.estimatedRows();
        }
        return n;
    }

    boolean isEmpty() {
        return data.isEmpty();
    }

    private void add(Path p) {
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                files.filter(Files::isRegularFile).filter(f -> isTable(f) && !f.getFileName().toString().startsWith("."))
                        .sorted().forEach(this::addFile);
            } catch (IOException e) {
                errors.add(new ImportError(p.toString(), null, 0, null, null, Bundle.text("import.error.directory", String.valueOf(e.getMessage()))));
            }
        } else if (!Files.isRegularFile(p)) {
            errors.add(new ImportError(p.toString(), null, 0, null, null, Bundle.text("import.error.missing")));
        } else if (!isTable(p)) {
            errors.add(new ImportError(name(p), null, 0, null, null, Bundle.text("import.error.type")));
        } else {
            addFile(p);
        }
    }

    private void addFile(Path f) {
        if (extension(f).equals("csv")) {
            raw.add(Map.entry(TableInput.csv(f), name(f)));
            return;
        }
        try {
            List<TableInput> sheets = XlsxWorkbook.sheets(f);
            String fileBase = name(f).substring(0, name(f).length() - ".xlsx".length());
            for (TableInput sheet : sheets) {
                // a one-sheet workbook named 案件.xlsx whose sheet kept Excel's default name
                boolean byFile = sheets.size() == 1 && kindOf(sheet.sheet()) == null && kindOf(fileBase) != null;
                raw.add(Map.entry(sheet, byFile ? fileBase : sheet.sheet()));
            }
        } catch (IOException | RuntimeException e) {
            errors.add(new ImportError(name(f), null, 0, null, null, e instanceof XlsxProblem ? e.getMessage()
                    : Bundle.text("import.error.workbook")));
        }
    }

    private void addTable(TableInput t, String name) {
        String where = t.sheet() == null ? t.file() : Bundle.text("import.where.sheet", t.file(), t.sheet());
        String kind = kindOf(name);
        if (kind == null) {
            errors.add(new ImportError(t.file(), t.sheet(), 0, null, null, Bundle.text(t.sheet() == null ? "import.error.fileName" : "import.error.sheetName")));
            return;
        }
        data.computeIfAbsent(RecordType.byName(kind), k -> new ArrayList<>()).add(t);
        tables.add(where);
    }

    /** The record type a file or sheet name stands for (without extension), or null. */
    static String kindOf(String name) {
        String base = name.strip();
        if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) base = base.substring(0, base.length() - 4);
        return RecordType.byName(base) != null ? base : null;
    }

    private static boolean isTable(Path f) {
        String ext = extension(f);
        return ext.equals("csv") || ext.equals("xlsx");
    }

    private static String extension(Path f) {
        String n = name(f);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String name(Path f) {
        return f.getFileName().toString();
    }
}
