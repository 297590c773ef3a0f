package cn.scorecard.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Streams one file of a data directory: checks its header, then hands each non-blank row to a reader. */
final class CsvSheet {
    /** Empty lines stay records (skipped below as blank) so that record numbers are spreadsheet rows. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvSheet() {
    }

    /** Reads dir/spec.file() if it exists; returns whether it did. */
    static boolean read(Path dir, CsvSpec spec, ImportErrors errors, Consumer<CsvRow> rows) {
        Path file = dir.resolve(spec.file());
        if (!Files.isRegularFile(file) || errors.isFull()) return false;
        long lastRow = 1;
        try (Reader reader = CsvFiles.open(file);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                errors.add(spec.file(), 1, null, null, "文件为空，缺少标题行");
                return true;
            }
            CSVRecord header = it.next();
            int[] position = new int[spec.size()];
            boolean[] unnamed = new boolean[header.size()];
            boolean anyUnnamed = checkHeader(spec, header, position, unnamed, errors);
            CsvRow row = new CsvRow(spec, errors, position);
            while (it.hasNext() && !errors.isFull()) {
                CSVRecord record = it.next();
                lastRow = record.getRecordNumber();
                if (isBlank(record)) continue; // Excel leaves rows of empty cells behind
                if (anyUnnamed || record.size() > unnamed.length) checkUnnamedCells(spec, record, unnamed, errors);
                row.set(record);
                rows.accept(row);
            }
        } catch (UncheckedIOException e) {
            errors.add(spec.file(), lastRow + 1, null, null, readFailure(e.getCause()));
        } catch (IOException e) {
            errors.add(spec.file(), 0, null, null, readFailure(e));
        }
        return true;
    }

    /** Maps header names to spec columns; returns whether some header cell is empty. */
    private static boolean checkHeader(CsvSpec spec, CSVRecord header, int[] position, boolean[] unnamed,
                                       ImportErrors errors) {
        Arrays.fill(position, -1);
        boolean anyUnnamed = false;
        for (int p = 0; p < header.size(); p++) {
            String name = header.get(p).strip();
            int col = spec.indexOf(name);
            if (name.isEmpty()) {
                unnamed[p] = true; // tolerated as long as no row puts data under it
                anyUnnamed = true;
            } else if (col < 0) {
                errors.add(spec.file(), 1, name, null, "未知的列（列名拼写有误？）");
            } else if (position[col] >= 0) {
                errors.add(spec.file(), 1, name, null, "列重复");
            } else {
                position[col] = p;
            }
        }
        for (int col = 0; col < spec.size(); col++) {
            if (spec.required(col) && position[col] < 0) {
                errors.add(spec.file(), 1, spec.column(col), null, "缺少必填列");
            }
        }
        return anyUnnamed;
    }

    /** Data under an empty header or beyond the last header would otherwise be dropped silently. */
    private static void checkUnnamedCells(CsvSpec spec, CSVRecord record, boolean[] unnamed, ImportErrors errors) {
        for (int p = 0; p < record.size(); p++) {
            if ((p >= unnamed.length || unnamed[p]) && !record.get(p).isBlank()) {
                errors.add(spec.file(), record.getRecordNumber(), "第" + (p + 1) + "列", record.get(p),
                        "该列没有列名，数据无法归属");
                return;
            }
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (int p = 0; p < record.size(); p++) {
            if (!record.get(p).isBlank()) return false;
        }
        return true;
    }

    private static String readFailure(Throwable e) {
        if (e instanceof CharacterCodingException) return "文件编码无法识别（应为 UTF-8 或 GB18030）";
        if (e instanceof CSVException) return "CSV 格式错误（引号不成对？）：" + e.getMessage();
        return "无法读取文件：" + e.getMessage();
    }
}
