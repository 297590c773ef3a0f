package cn.scorecard.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;

/** Streams the tables of one record type: checks each header, then hands every non-blank row to a reader. */
final class SheetReader {
    private SheetReader() {
    }

    /** Reads every input of the type in turn; the consumer sees one reused {@link CsvRow}. */
    static void read(List<TableInput> inputs, RecordType type, ReadContext ctx, Consumer<CsvRow> rows) {
        for (TableInput input : inputs) {
            if (ctx.errors.isFull()) return;
            boolean begun = ctx.emitting();
            if (begun) ctx.sink.begin(type);
            readOne(input, type.spec(), ctx, rows);
            if (begun && ctx.emitting()) ctx.sink.end(type); // else the import is rejected and the sink discarded
            ctx.tableDone();
        }
    }

    private static void readOne(TableInput input, CsvSpec spec, ReadContext ctx, Consumer<CsvRow> rows) {
        String file = input.file();
        String sheet = input.sheet();
        ImportErrors errors = ctx.errors;
        State s = new State();
        try {
            input.rows((number, cells) -> {
                s.lastRow = number;
                if (s.row == null) {
                    int[] position = new int[spec.size()];
                    s.unnamed = new boolean[cells.length];
                    s.anyUnnamed = checkHeader(spec, file, sheet, cells, position, s.unnamed, errors);
                    s.row = new CsvRow(spec, file, sheet, errors, position);
                    return true;
                }
                if (isBlank(cells)) return true; // Excel leaves rows of empty cells behind
                if (s.anyUnnamed || cells.length > s.unnamed.length) checkUnnamedCells(file, sheet, number, cells, s.unnamed, errors);
                s.row.set(number, cells);
                rows.accept(s.row);
                ctx.rowRead();
                return !errors.isFull();
            });
            if (s.row == null) errors.add(file, sheet, 1, null, null, "文件为空，缺少标题行");
        } catch (UncheckedIOException e) {
            errors.add(file, sheet, s.lastRow + 1, null, null, readFailure(e.getCause()));
        } catch (IOException e) {
            errors.add(file, sheet, 0, null, null, readFailure(e));
        }
    }

    private static final class State {
        CsvRow row;
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

    /** Data under an empty header or beyond the last header would otherwise be dropped silently. */
    private static void checkUnnamedCells(String file, String sheet, long number, String[] cells, boolean[] unnamed,
                                          ImportErrors errors) {
        for (int p = 0; p < cells.length; p++) {
            if ((p >= unnamed.length || unnamed[p]) && cells[p] != null && !cells[p].isBlank()) {
                errors.add(file, sheet, number, "第" + (p + 1) + "列", cells[p], "该列没有列名，数据无法归属");
                return;
            }
        }
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) return false;
        }
        return true;
    }

    private static String readFailure(Throwable e) {
        if (e instanceof CharacterCodingException) return "文件编码无法识别（应为 UTF-8 或 GB18030）";
        if (e instanceof CSVException) return "CSV 格式错误（引号不成对？）：" + e.getMessage();
        return "无法读取文件：" + e.getMessage();
    }
}
