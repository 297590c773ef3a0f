package cn.scorecard.core.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for people who open it in Excel, the one way the application writes CSV. A cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken for a formula
 * (CSV injection, OWASP): it is written with a leading apostrophe ({@code '=HYPERLINK(…)}), which Excel shows
 * as text and the interchange reader removes again ({@link #restore}). A plain number ({@code -12.5}) is left
 * alone, so that negative values stay numbers. Minimal quoting, CRLF, as Excel writes.
 */
public final class SafeCsv implements Closeable, Flushable {
    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A printer over the writer, with the header row written. */
    public static SafeCsv to(Writer out, List<String> header) throws IOException {
        SafeCsv csv = new SafeCsv(new CSVPrinter(out, CSVFormat.DEFAULT));
        csv.row(header);
        return csv;
    }

    /** Writes a row; null is an empty cell. */
    public SafeCsv row(Iterable<?> cells) throws IOException {
        List<String> safe = new ArrayList<>();
        for (Object c : cells) safe.add(neutralise(c == null ? "" : c.toString()));
        printer.printRecord(safe);
        return this;
    }

    public SafeCsv row(Object... cells) throws IOException {
        return row(java.util.Arrays.asList(cells));
    }

    /** Appends one cell of the current row (the streaming writers build rows cell by cell). */
    void cell(String text) throws IOException {
        printer.print(neutralise(text == null ? "" : text));
    }

    void endRow() throws IOException {
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /** The text as written: formula-like text gets a leading apostrophe, a plain number does not. */
    public static String neutralise(String text) {
        if (text.isEmpty() || !isFormulaStart(text.charAt(0)) || isPlainNumber(text)) return text;
        return "'" + text;
    }

    /** The reader's inverse of {@link #neutralise}: {@code '=x} is read as {@code =x}. */
    static String restore(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && isFormulaStart(text.charAt(1)) ? text.substring(1) : text;
    }

    static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** {@code -12}, {@code -12.50}: a minus, digits, at most one point followed by digits. */
    static boolean isPlainNumber(String t) {
        int i = t.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CsvFiles.isDigit(c)) digits++;
            else if (c == '.' && !point && digits > 0) point = true;
            else return false;
        }
        return digits > 0 && t.charAt(t.length() - 1) != '.';
    }
}
