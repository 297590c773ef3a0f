package cn.scorecard.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;

/**
 * Streams the tables of one record type: checks each header, then every non-blank row's shape (as many cells
 * as the header in a CSV file, nothing under an unnamed column, no Excel error value, no cell longer than its
 * database column) and hands it to a reader. Whatever goes wrong while reading is said in Chinese, with the
 * row where it happened.
 */
final class SheetReader {
    /** What Excel writes in a cell whose formula failed. */
    private static final Set<String> EXCEL_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!");
    /** Characters of an over-long cell shown in its error. */
    private static final int SHOWN = 40;

    private SheetReader() {
    }

    /** Reads every input of the type in turn; the consumer sees one reused {@link CsvRow}. */
    static void read(List<TableInput> inputs, RecordType type, ReadContext ctx, Consumer<CsvRow> rows) {
        read(inputs, type, type.spec(), ctx, rows);
    }

    /** As above with the columns given (书记员季度考评's depend on the rule set). */
    static void read(List<TableInput> inputs, RecordType type, CsvSpec spec, ReadContext ctx, Consumer<CsvRow> rows) {
        for (TableInput input : inputs) {
            if (ctx.errors.isFull()) return;
            boolean begun = ctx.emitting();
            if (begun) ctx.sink.begin(type);
            readOne(input, spec, ctx, rows);
            if (begun && ctx.emitting()) ctx.sink.end(type); // else the import is rejected and the sink discarded
            ctx.tableDone();
        }
    }

    private static void readOne(TableInput input, CsvSpec spec, ReadContext ctx, Consumer<CsvRow> rows) {
        String file = input.file();
        String sheet = input.sheet();
        ImportErrors errors = ctx.errors;
        State s = new State();
        input.reportProblemsTo(errors::add);
        try {
            input.rows((number, cells) -> {
                s.lastRow = number;
                if (s.row == null) {
                    int[] position = new int[spec.size()];
                    s.header = cells.clone();
                    s.unnamed = new boolean[cells.length];
                    s.anyUnnamed = checkHeader(spec, file, sheet, cells, position, s.unnamed, errors);
                    s.row = new CsvRow(spec, file, sheet, errors, position);
                    return true;
                }
                if (isBlank(cells)) return true; // Excel leaves rows of empty cells behind
                s.row.set(number, cells);
                checkShape(input, s, number, cells, errors);
                checkLengths(spec, s.row);
                rows.accept(s.row);
                ctx.rowRead();
                return !errors.isFull();
            });
            if (s.row == null) errors.add(file, sheet, 1, null, null, "文件为空，缺少标题行");
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            // the row after the last one read is where the parser stopped; a file that never opened is row 0
            boolean inContent = s.lastRow > 0 || !(cause instanceof IOException) || cause instanceof CharacterCodingException
                    || cause instanceof XlsxProblem || cause instanceof CSVException;
            errors.add(file, sheet, inContent ? s.lastRow + 1 : 0, null, null, readFailure(cause));
        }
    }

    private static final class State {
        CsvRow row;
        String[] header;
        boolean[] unnamed;
        boolean anyUnnamed;
        long lastRow = 0;
    }

    /** Maps header names to spec columns; returns whether some header cell is empty. */
    private static boolean checkHeader(CsvSpec spec, String file, String sheet, String[] header, int[] position,
                                       boolean[] unnamed, ImportErrors errors) {
        Arrays.fill(position, -1);
        boolean anyUnnamed = false;
        for (int p = 0; p < header.length; p++) {
            String name = header[p] == null ? "" : header[p].strip();
            int col = spec.indexOf(name);
            if (name.isEmpty()) {
                unnamed[p] = true; // tolerated as long as no row puts data under it
                anyUnnamed = true;
            } else if (col < 0) {
                errors.add(file, sheet, 1, name, null, "未知的列（列名拼写有误？）");
            } else if (position[col] >= 0) {
                errors.add(file, sheet, 1, name, null, "列重复");
            } else {
                position[col] = p;
            }
        }
        for (int col = 0; col < spec.size(); col++) {
            if (spec.required(col) && position[col] < 0) {
                errors.add(file, sheet, 1, spec.column(col), null, "缺少必填列");
            }
        }
        return anyUnnamed;
    }

    /**
     * A CSV row with another number of cells than the header was cut off or has a separator too many or too
     * few, so its cells may sit under the wrong columns: never read as if the missing cells were empty.
     * Data under an empty header or beyond the last header would otherwise be dropped silently.
     */
    private static void checkShape(TableInput input, State s, long number, String[] cells, ImportErrors errors) {
        String file = input.file();
        String sheet = input.sheet();
        if (input.fixedWidth() && cells.length != s.header.length) {
            errors.add(file, sheet, number, null, null, "该行有 " + cells.length + " 个单元格，而标题行有 " + s.header.length
                    + " 列（行被截断，或多了、少了分隔符？）");
        } else if (s.anyUnnamed || cells.length > s.unnamed.length) {
            for (int p = 0; p < cells.length; p++) {
                if ((p >= s.unnamed.length || s.unnamed[p]) && cells[p] != null && !cells[p].isBlank()) {
                    errors.add(file, sheet, number, "第" + (p + 1) + "列", cells[p], "该列没有列名，数据无法归属");
                    break;
                }
            }
        }
        for (int p = 0; p < cells.length && p < s.header.length; p++) {
            if (cells[p] != null && cells[p].length() <= 14 && EXCEL_ERRORS.contains(cells[p].strip())) {
                errors.add(file, sheet, number, s.header[p] == null ? null : s.header[p].strip(), cells[p].strip(),
                        "单元格是 Excel 的错误值（公式无法计算），请改为实际的值");
            }
        }
    }

    /** Cells longer than their database column are refused here, with their row, not by the database. */
    private static void checkLengths(CsvSpec spec, CsvRow r) {
        for (int col = 0; col < spec.size(); col++) {
            int max = spec.maxLength(col);
            if (max == 0) continue;
            String t = r.text(col);
            if (t.length() > max) {
                r.error(col, t.length() > SHOWN ? t.substring(0, SHOWN) + "…" : t, "内容过长：最多 " + max + " 个字符，此处 " + t.length() + " 个");
            }
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) return false;
        }
        return true;
    }

    /** The reason in Chinese; the exception's own text is never shown (it means nothing to the reader). */
    private static String readFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) return "文件编码无法识别（应为 UTF-8 或 GB18030）";
            if (t instanceof XlsxProblem) return t.getMessage();
            if (t instanceof CSVException) return "CSV 格式错误（引号不成对？）";
        }
        if (e instanceof IOException) return "无法读取文件（读写出错，文件是否被移动或删除？）";
        return "无法读取文件（文件内容无法解析）";
    }
}
