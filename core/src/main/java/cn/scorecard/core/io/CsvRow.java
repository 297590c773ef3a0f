package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;

/**
 * The current row of a file, reused for every record. Typed getters validate a cell, report a bad one with
 * its row and column, and return an "absent" value (null, {@link Times#NONE}, -1), so a reader checks
 * everything in one pass and continues. A column missing from the header reads as empty and is not
 * reported again per row (the header error already says it).
 */
final class CsvRow {
    private final CsvSpec spec;
    private final String file;
    private final String sheet;
    private final ImportErrors errors;
    /** Position of each spec column in the table, -1 when the header lacks it. */
    private final int[] position;
    private long number;
    private String[] cells;
    private int errorsBefore;

    CsvRow(CsvSpec spec, String file, String sheet, ImportErrors errors, int[] position) {
        this.spec = spec;
        this.file = file;
        this.sheet = sheet;
        this.errors = errors;
        this.position = position;
    }

    void set(long number, String[] cells) {
        this.number = number;
        this.cells = cells;
        this.errorsBefore = errors.size();
    }

    /** The row number a spreadsheet shows (header = 1). */
    long row() {
        return number;
    }

    /** Whether an error was reported for this row so far. */
    boolean hasErrors() {
        return errors.size() != errorsBefore;
    }

    String file() {
        return file;
    }

    String sheet() {
        return sheet;
    }

    /**
     * The trimmed cell (full-width spaces too), or "" when empty or absent; a leading apostrophe that
     * neutralised a formula-like cell ({@link SafeCsv}) is removed.
     */
    String text(int col) {
        int p = position[col];
        if (p < 0 || p >= cells.length || cells[p] == null) return "";
        return SafeCsv.restore(cells[p].strip());
    }

    boolean has(int col) {
        return !text(col).isEmpty();
    }

    void error(int col, String reason) {
        errors.add(file, sheet, row(), spec.column(col), text(col), reason);
    }

    /** An error showing another value than the cell's (e.g. the start of an over-long cell). */
    void error(int col, String shown, String reason) {
        errors.add(file, sheet, row(), spec.column(col), shown, reason);
    }

    /** The cell, or null (reported when the column is required and present). */
    String required(int col) {
        String t = text(col);
        if (!t.isEmpty()) return t;
        if (position[col] >= 0) error(col, "必填项为空");
        return null;
    }

    /** The cell, or null when empty; required columns are reported when empty. */
    String optional(int col) {
        String t = spec.required(col) ? required(col) : text(col);
        return t == null || t.isEmpty() ? null : t;
    }

    /** Epoch day or {@link Times#NONE}. */
    int day(int col) {
        return checkDate(col, DateTexts.day(nullToEmpty(optional(col))));
    }

    /** Epoch minute or {@link Times#NONE}. */
    int minute(int col) {
        return checkDate(col, DateTexts.minute(nullToEmpty(optional(col))));
    }

    private int checkDate(int col, int value) {
        if (value == DateTexts.MALFORMED) {
            error(col, "无法识别的日期（应如 2024-03-01 或 2024-03-01 09:30）");
            return Times.NONE;
        }
        if (value == DateTexts.NO_SUCH_DAY) {
            error(col, "日期不存在");
            return Times.NONE;
        }
        return value;
    }

    /** Fen, or -1 when empty or bad. */
    long fen(int col) {
        long v = CsvFiles.fen(text(col));
        if (v >= CsvFiles.AMOUNT_EMPTY) return v;
        if (v == CsvFiles.AMOUNT_NEGATIVE) error(col, "金额不能为负数");
        else if (v == CsvFiles.AMOUNT_TOO_PRECISE) error(col, "金额最多保留两位小数");
        else error(col, "无法识别的金额（以元为单位，如 1234.50，不加千位分隔符和单位）");
        return -1;
    }

    /** 是/否; an empty cell gives the default, a bad one is reported and gives the default. */
    boolean yesNo(int col, boolean whenEmpty) {
        int v = CsvFiles.yesNo(text(col));
        if (v == CsvFiles.YES) return true;
        if (v == CsvFiles.NO) return false;
        if (v == CsvFiles.NOT_YES_NO) error(col, "无法识别的是/否值（应为 是 或 否）");
        return whenEmpty;
    }

    /** The enum value, or null when empty (reported if required) or unknown (reported). */
    <E> E choice(int col, Choices<E> choices) {
        String t = optional(col);
        if (t == null) return null;
        E value = choices.get(t);
        if (value == null) error(col, choices.unknownReason());
        return value;
    }

    /** A whole number in [min, max], or Integer.MIN_VALUE when empty or bad (reported). */
    int whole(int col, int min, int max, String rangeReason) {
        String t = optional(col);
        if (t == null) return Integer.MIN_VALUE;
        int v = CsvFiles.wholeNumber(t);
        if (v < 0) {
            boolean negative = t.startsWith("-") && CsvFiles.wholeNumber(t.substring(1)) >= 0;
            error(col, negative ? rangeReason : "应为整数");
            return Integer.MIN_VALUE;
        }
        if (v < min || v > max) {
            error(col, rangeReason);
            return Integer.MIN_VALUE;
        }
        return v;
    }

    /** A decimal in [min, max], or NaN when empty or bad (reported). */
    double decimal(int col, double min, double max, String rangeReason) {
        String t = optional(col);
        if (t == null) return Double.NaN;
        double v = CsvFiles.decimal(t);
        if (Double.isNaN(v)) error(col, "应为数字");
        else if (v < min || v > max) error(col, rangeReason);
        else return v;
        return Double.NaN;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
