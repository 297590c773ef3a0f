package cn.scorecard.core.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The rows of one table of the interchange format: a CSV file or one sheet of a workbook. Rows are streamed,
 * so a table of a million rows never has to be held in memory.
 */
public interface TableInput {
    /** The file name shown in errors, e.g. {@code 案件.csv} or {@code 数据.xlsx}. */
    String file();

    /** The sheet of a workbook, null for a CSV file. */
    String sheet();

    /** Rough number of rows (header included), for progress; 0 when unknown. */
    long estimatedRows();

    /**
     * Whether every row carries all its cells, as a CSV line does: a row with fewer cells than the header was
     * then cut off (or lost a separator) and is an error. A sheet leaves trailing empty cells out, so its rows
     * may be shorter.
     */
    default boolean fixedWidth() {
        return true;
    }

    /**
     * Hands each row to the visitor in order, starting with the header; row numbers are those a
     * spreadsheet shows (header = 1). Stops early when the visitor returns false. Unreadable content
     * surfaces as an {@link IOException} or {@link java.io.UncheckedIOException}.
     */
    void rows(RowVisitor visitor) throws IOException;

    /**
     * Lets a table that rewrites the rows of another (a mapping profile, see {@code cn.scorecard.core.mapping})
     * report what it could not rewrite into the import's own errors, before its rows are read: a value missing
     * from a value map then rejects the import like any bad cell, and no row reaches the sink after it.
     */
    default void reportProblemsTo(Problems problems) {
    }

    /** Where a rewriting table reports a problem of its source: file, sheet, row, source column, value, reason. */
    @FunctionalInterface
    interface Problems {
        void add(String file, String sheet, long row, String column, String value, String reason);
    }

    /** Receives a row; the cell array may be reused for the next row. */
    @FunctionalInterface
    interface RowVisitor {
        boolean row(long number, String[] cells);
    }

    /** A CSV file (UTF-8 with or without BOM, or GB18030), parsed ahead on a thread of its own. */
    static TableInput csv(Path file) {
        return new PrefetchedInput(new CsvTableInput(file));
    }
}
