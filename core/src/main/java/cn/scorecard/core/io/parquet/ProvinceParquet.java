package cn.scorecard.core.io.parquet;

import cn.scorecard.core.data.ProvinceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built cases of a province as Parquet files for analysts (DuckDB, pandas, Spark): cases, steps, payments,
 * field actions and period adjustments, each row carrying its case's 法院代码 and 案号, and the courts. Written by
 * this package's own writer (no dependency): PLAIN, each page gzipped unless {@link Compression#NONE} is asked for,
 * in row groups of {@link Limits#rowGroupRows} rows and pages of at most {@link Limits#pageRows} rows or about
 * {@link Limits#pageBytes} bytes, so memory stays one page (and one row group's entries for the per-case tables)
 * whatever the number of cases.
 */
public final class ProvinceParquet {
    public static final String CASES = "cases.parquet";
    public static final String STEPS = "steps.parquet";
    public static final String PAYMENTS = "payments.parquet";
    public static final String FIELD_ACTIONS = "field_actions.parquet";
    public static final String ADJUSTMENTS = "period_adjustments.parquet";
    public static final String COURTS = "courts.parquet";

    private ProvinceParquet() {
    }

    /** Sizes of the row groups and pages. */
    public record Limits(int rowGroupRows, int pageRows, int pageBytes) {
        public static final Limits DEFAULT = new Limits(1_000_000, 100_000, 1 << 20);

        public Limits {
            if (rowGroupRows < 1 || pageRows < 1 || pageBytes < 1) throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** A file written: its name in the directory, its rows and its size in bytes. */
    public record Written(String file, long rows, long bytes) {
    }

    /** The export's codec when none is asked for. */
    public static final Compression DEFAULT_COMPRESSION = Compression.GZIP;

    public static List<Written> write(ProvinceData data, Path dir) throws IOException {
        return write(data, dir, Limits.DEFAULT, DEFAULT_COMPRESSION);
    }

    public static List<Written> write(ProvinceData data, Path dir, Compression compression) throws IOException {
        return write(data, dir, Limits.DEFAULT, compression);
    }

    /** Writes the six files into dir (created if missing), replacing files of the same names. */
    public static List<Written> write(ProvinceData data, Path dir, Limits limits, Compression compression) throws IOException {
        Files.createDirectories(dir);
        int cases = data.cases().size();
        List<Written> out = new ArrayList<>();
        out.add(listed(dir, COURTS, RecordColumns.courts(data.courts()), data.courts().size(), limits, compression));
        out.add(listed(dir, CASES, CaseColumns.of(data), cases, limits, compression));
        CaseEntries steps = new CaseEntries();
        out.add(perCase(dir, STEPS, StepColumns.of(data, steps), steps, new StepColumns(data.cases()), cases, limits, compression));
        out.add(listed(dir, PAYMENTS, RecordColumns.payments(data), data.payments().size(), limits, compression));
        out.add(listed(dir, FIELD_ACTIONS, RecordColumns.fieldActions(data), data.fieldActions().size(), limits, compression));
        CaseEntries adjustments = new CaseEntries();
        out.add(perCase(dir, ADJUSTMENTS, AdjustmentColumns.of(data, adjustments), adjustments,
                new AdjustmentColumns(data.cases()), cases, limits, compression));
        return out;
    }

    /** A table whose rows are 0..rows-1 of a list or column. */
    private static Written listed(Path dir, String name, List<Column> columns, int rows, Limits limits,
                                  Compression compression) throws IOException {
        Path file = dir.resolve(name);
        try (ParquetWriter w = new ParquetWriter(file, columns, limits.pageRows(), limits.pageBytes(), compression)) {
            for (int from = 0; from < rows; from += limits.rowGroupRows()) {
                w.rowGroup(from, (int) Math.min(rows, (long) from + limits.rowGroupRows()));
            }
            w.finish();
        }
        return new Written(name, rows, Files.size(file));
    }

    private static Written perCase(Path dir, String name, List<Column> columns, CaseEntries entries,
                                   CaseEntries.Source source, int cases, Limits limits,
                                   Compression compression) throws IOException {
        Path file = dir.resolve(name);
        long rows;
        try (ParquetWriter w = new ParquetWriter(file, columns, limits.pageRows(), limits.pageBytes(), compression)) {
            rows = entries.writeAll(cases, source, w, limits.rowGroupRows());
            w.finish();
        }
        return new Written(name, rows, Files.size(file));
    }
}
