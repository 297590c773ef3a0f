package cn.scorecard.core.io;

import cn.scorecard.core.cases.Times;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The cells of one CSV line as byte ranges of a buffer, and their values parsed straight from the bytes. Only
 * the plainest spelling of each value is accepted (no quotes, no surrounding spaces, ISO dates, amounts as
 * {@code 123.45}); anything else is a {@link FastBail}, so that the strict reader decides and reports it.
 */
final class ByteCells {
    static final int EPOCH_1900 = (int) LocalDate.of(1900, 1, 1).toEpochDay();
    /** Days since the epoch of the first of each month, 1900–2100: a date is two lookups and an addition. */
    private static final int[] MONTH_START = new int[201 * 12 + 1];

    static {
        LocalDate d = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < MONTH_START.length; i++, d = d.plusMonths(1)) MONTH_START[i] = (int) d.toEpochDay();
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;
    private static final long COMMAS = ONES * ',', NEWLINES = ONES * '\n', RETURNS = ONES * '\r', QUOTES = ONES * '"';

    final int[] start;
    final int[] end;
    byte[] buf;
    /** Leading cells a line may take over from the line before when their bytes are the same (0: none). */
    private final int reused;
    /** The columns whose bytes are checked to be UTF-8 after the split (the others are only compared exactly). */
    private final int[] validated;
    /** Where the line before starts in buf, -1 when there is none to compare with. */
    private int before = -1;
    /** Whether the last line split took its leading cells over from the line before (they are the same bytes). */
    boolean tookOver;

    ByteCells(int columns) {
        this(columns, 0);
    }

    ByteCells(int columns, int reused) {
        this(columns, reused, new boolean[columns]);
    }

    /**
     * With {@code reused} leading cells that often repeat from line to line (a case's steps: court and 案号), a line
     * whose first bytes up to that many separators equal the line before's takes those cells over without looking at
     * their bytes again: the same bytes passed the same checks a line ago.
     *
     * <p>{@code exact} marks the columns whose cells are only ever compared byte for byte with valid UTF-8 words
     * (codes, labels) or parsed as ASCII (dates, amounts): their bytes need no check, since a broken sequence, a
     * padding space or a leading apostrophe equals no valid word and is no digit. Every other column is checked.
     */
    ByteCells(int columns, int reused, boolean[] exact) {
        if (reused < 0 || reused >= columns) throw new IllegalArgumentException("reused cells " + reused);
        if (exact.length != columns) throw new IllegalArgumentException("exact columns " + exact.length);
        start = new int[columns];
        end = new int[columns];
        this.reused = reused;
        int n = 0;
        int[] checked = new int[columns];
        for (int c = 0; c < columns; c++) {
            if (!exact[c]) checked[n++] = c;
        }
        validated = java.util.Arrays.copyOf(checked, n);
    }

    /**
     * Splits the line starting at {@code from} (ending at a line end or at {@code to}) into exactly
     * {@code start.length} cells and returns where the next line starts; checks that the bytes of the columns not
     * marked exact are UTF-8 and that no cell is quoted, padded, an Excel error value or formula-neutralised. The
     * separators are found eight bytes at a time. A blank line is a bail (the strict reader skips it, and counts it).
     */
    int splitLine(byte[] b, int from, int to) {
        int col = 0;
        int cellStart = from;
        int last = start.length - 1;
        int i = from;
        tookOver = false;
        if (reused > 0 && before >= 0 && buf == b) {
            int length = end[reused - 1] + 1 - before; // the leading cells and the separator after them
            if (from + length <= to && java.util.Arrays.mismatch(b, before, before + length, b, from, from + length) < 0) {
                int shift = from - before;
                for (int k = 0; k < reused; k++) {
                    start[k] += shift;
                    end[k] += shift;
                }
                col = reused;
                cellStart = from + length;
                i = cellStart;
                tookOver = true;
            }
        }
        buf = b;
        before = -1; // until this line is split
        int lineEnd;
        int next;
        for (;;) {
            int j = separator(b, i, to);
            if (j == to) {
                lineEnd = to;
                next = to;
                break;
            }
            byte c = b[j];
            if (c == ',') {
                if (col == last) throw new FastBail("too many cells");
                close(col++, cellStart, j);
                cellStart = j + 1;
                i = j + 1;
            } else if (c == '\n') {
                lineEnd = j;
                next = j + 1;
                break;
            } else { // '\r', which only a line feed may follow
                if (j + 1 >= to || b[j + 1] != '\n') throw new FastBail("lone carriage return");
                lineEnd = j;
                next = j + 2;
                break;
            }
        }
        if (lineEnd == from) throw new FastBail("blank line");
        if (col != last) throw new FastBail("too few cells");
        close(col, cellStart, lineEnd);
        for (int v : validated) checkText(start[v], end[v]);
        before = from;
        return next;
    }

    /** The first ',', line feed or carriage return at or after i (to when none); a quote is a bail. */
    private static int separator(byte[] b, int i, int to) {
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (zeros(w ^ QUOTES) != 0) throw new FastBail("quote");
            long x = zeros(w ^ COMMAS) | zeros(w ^ NEWLINES) | zeros(w ^ RETURNS);
            if (x != 0) return i + (Long.numberOfTrailingZeros(x) >>> 3);
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == ',' || c == '\n' || c == '\r') return i;
            if (c == '"') throw new FastBail("quote");
        }
        return to;
    }

    /** The high bit of each byte of v that is zero, exactly (no borrow crosses from one byte to the next). */
    private static long zeros(long v) {
        return ~(((v & LOW7) + LOW7) | v | LOW7);
    }

    private void close(int col, int s, int e) {
        start[col] = s;
        end[col] = e;
    }

    /**
     * A cell that becomes text: UTF-8, and not padded, an Excel error value or formula-neutralised, which the strict
     * reader would strip or report. The exact columns need neither check: such a cell equals no code, label, date or
     * amount, and is a bail there.
     */
    private void checkText(int s, int e) {
        if (e == s) return;
        byte[] buf = this.buf;
        byte first = buf[s];
        byte last = buf[e - 1];
        int n = e - s;
        if ((first & 0xFF) <= ' ' || (last & 0xFF) <= ' ' || first == '\'' || first == '#') throw new FastBail("padded cell");
        // full-width and other non-ASCII spaces that strip() would remove: U+3000 (E3 80 80), U+2000–U+205F (E2 80/81 …)
        if (first == (byte) 0xE3 && n >= 3 && buf[s + 1] == (byte) 0x80 && buf[s + 2] == (byte) 0x80) throw new FastBail("padded cell");
        if (first == (byte) 0xE2 || first == (byte) 0xE1 || first == (byte) 0xC2) throw new FastBail("padded cell?");
        if (n >= 3 && (buf[e - 3] == (byte) 0xE2 || buf[e - 3] == (byte) 0xE1
                || buf[e - 3] == (byte) 0xE3 && buf[e - 2] == (byte) 0x80 && buf[e - 1] == (byte) 0x80)) {
            throw new FastBail("padded cell?");
        }
        if (n >= 2 && buf[e - 2] == (byte) 0xC2) throw new FastBail("padded cell?");
        for (int p = s; p < e; p++) {
            if (buf[p] < 0) p = utf8(buf, p, e) - 1;
        }
    }

    /** Validates the UTF-8 sequence at i as Java's decoder would; returns the index after it. */
    static int utf8(byte[] b, int i, int to) {
        int c = b[i] & 0xFF;
        int n;
        int min = 0x80, max = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) n = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0) min = 0xA0;
            else if (c == 0xED) max = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0) min = 0x90;
            else if (c == 0xF4) max = 0x8F;
        } else throw new FastBail("not UTF-8");
        if (i + n >= to) throw new FastBail("not UTF-8");
        int second = b[i + 1] & 0xFF;
        if (second < min || second > max) throw new FastBail("not UTF-8");
        for (int k = 2; k <= n; k++) {
            int x = b[i + k] & 0xFF;
            if (x < 0x80 || x > 0xBF) throw new FastBail("not UTF-8");
        }
        return i + n + 1;
    }

    boolean empty(int col) {
        return col < 0 || end[col] == start[col];
    }

    int length(int col) {
        return col < 0 ? 0 : end[col] - start[col];
    }

    String text(int col) {
        return col < 0 ? "" : new String(buf, start[col], end[col] - start[col], StandardCharsets.UTF_8);
    }

    /** Whether the cell holds exactly these bytes. */
    boolean is(int col, byte[] word) {
        int n = length(col);
        if (n != word.length) return false;
        for (int i = 0, p = start[col]; i < n; i++, p++) {
            if (buf[p] != word[i]) return false;
        }
        return true;
    }

    /** Epoch minute of {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm} or {@code yyyy-MM-dd HH:mm:ss}; NONE when empty. */
    int minute(int col) {
        int n = length(col);
        if (n == 0) return Times.NONE;
        if (n != 10 && n != 16 && n != 19) throw new FastBail("time"); // before looking at bytes past a short cell
        int p = start[col];
        int day = dateAt(p);
        if (n == 10) return day * Times.MINUTES_PER_DAY;
        if (buf[p + 10] != ' ' || buf[p + 13] != ':') throw new FastBail("time");
        int h = two(p + 11);
        int m = two(p + 14);
        if (h > 23 || m > 59) throw new FastBail("time");
        if (n == 19 && (buf[p + 16] != ':' || two(p + 17) < 0)) throw new FastBail("time");
        return day * Times.MINUTES_PER_DAY + h * 60 + m;
    }

    /** Epoch day of a date (a time after it is dropped, as the strict reader does); NONE when empty. */
    int day(int col) {
        int minute = minute(col);
        return minute == Times.NONE ? Times.NONE : Math.floorDiv(minute, Times.MINUTES_PER_DAY);
    }

    private int dateAt(int p) {
        if (buf[p + 4] != '-' || buf[p + 7] != '-') throw new FastBail("date");
        int y = two(p) * 100 + two(p + 2);
        int m = two(p + 5);
        int d = two(p + 8);
        if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) throw new FastBail("date");
        int month = (y - 1900) * 12 + m - 1;
        int first = MONTH_START[month];
        if (d > MONTH_START[month + 1] - first) throw new FastBail("no such day");
        return first + d - 1;
    }

    private int two(int p) {
        int a = buf[p] - '0';
        int b = buf[p + 1] - '0';
        if (a < 0 || a > 9 || b < 0 || b > 9) throw new FastBail("digits");
        return a * 10 + b;
    }

    /** Fen of {@code 123}, {@code 123.4} or {@code 123.45}; -1 when empty. */
    long fen(int col) {
        int n = length(col);
        if (n == 0) return -1;
        int p = start[col];
        int e = end[col];
        long yuan = 0;
        int digits = 0;
        for (; p < e && buf[p] >= '0' && buf[p] <= '9'; p++, digits++) yuan = yuan * 10 + (buf[p] - '0');
        if (digits == 0 || digits > 15) throw new FastBail("amount");
        if (p == e) return yuan * 100;
        if (buf[p] != '.' || e - p < 2 || e - p > 3) throw new FastBail("amount");
        int cents = 0;
        for (int i = p + 1; i < e; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) throw new FastBail("amount");
            cents = cents * 10 + d;
        }
        return yuan * 100 + (e - p == 2 ? cents * 10 : cents);
    }

    /** A positive whole number of at most 9 digits, optionally followed by 天 (延长期限's 标志). */
    int days(int col) {
        int p = start[col];
        int e = end[col];
        if (e - p >= 3 && buf[e - 3] == (byte) 0xE5 && buf[e - 2] == (byte) 0xA4 && buf[e - 1] == (byte) 0xA9) e -= 3;
        if (e == p || e - p > 9) throw new FastBail("days");
        int v = 0;
        for (; p < e; p++) {
            int d = buf[p] - '0';
            if (d < 0 || d > 9) throw new FastBail("days");
            v = v * 10 + d;
        }
        if (v <= 0) throw new FastBail("days");
        return v;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
