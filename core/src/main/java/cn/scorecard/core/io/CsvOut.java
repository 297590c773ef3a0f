package cn.scorecard.core.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one file of a data directory cell by cell, straight to a buffered file: a million-row table never
 * exists as one string. UTF-8 with a BOM, because without it Excel on Windows shows Chinese as mojibake;
 * formula-like cells neutralised by {@link SafeCsv}.
 */
final class CsvOut implements Closeable {
    private static final int BUFFER = 64 * 1024;

    private final SafeCsv printer;

    private CsvOut(SafeCsv printer) {
        this.printer = printer;
    }

    /** Creates dir/spec.file() and writes the BOM and the header row. */
    static CsvOut create(Path dir, CsvSpec spec) throws IOException {
        return create(dir.resolve(spec.file()), java.util.List.of(spec.headers()));
    }

    /** Creates the file and writes the BOM and the header row. */
    static CsvOut create(Path file, java.util.List<String> header) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        try {
            w.write('\uFEFF');
            return new CsvOut(SafeCsv.to(w, header));
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** Appends a cell; null is written as an empty cell. */
    CsvOut cell(String text) throws IOException {
        printer.cell(text);
        return this;
    }

    CsvOut cell(boolean yes) throws IOException {
        return cell(yes ? "是" : "否");
    }

    CsvOut day(int epochDay) throws IOException {
        return cell(DateTexts.formatDay(epochDay));
    }

    CsvOut minute(int epochMinute) throws IOException {
        return cell(DateTexts.formatMinute(epochMinute));
    }

    /** Fen as yuan with two decimals; a negative amount means "not recorded" and is written empty. */
    CsvOut yuan(long fen) throws IOException {
        if (fen < 0) return cell("");
        long cents = fen % 100;
        return cell((fen / 100) + (cents < 10 ? ".0" : ".") + cents);
    }

    /** Shortest text that reads back as the same double (1234 rather than 1234.0). */
    CsvOut number(Double value) throws IOException {
        return cell(value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    CsvOut number(Integer value) throws IOException {
        return cell(value == null ? "" : value.toString());
    }

    void endRow() throws IOException {
        printer.endRow();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
