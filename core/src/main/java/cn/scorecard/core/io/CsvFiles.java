package cn.scorecard.core.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte- and cell-level conventions of the interchange format: charset detection, yes/no and amounts.
 * Parsers return sentinel values instead of throwing, because a million-row file must not pay for an
 * exception per row and a bad cell is reported by the caller with its row and column anyway.
 */
final class CsvFiles {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Enough to hold the header row, which is Chinese and therefore decides the charset. */
    private static final int SNIFF = 64 * 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] GB18030_BOM = {(byte) 0x84, 0x31, (byte) 0x95, 0x33};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    static final int YES = 1;
    static final int NO = 0;
    static final int EMPTY = -1;
    static final int NOT_YES_NO = -2;

    static final long AMOUNT_EMPTY = -1;
    static final long AMOUNT_NEGATIVE = -2;
    static final long AMOUNT_TOO_PRECISE = -3;
    static final long AMOUNT_MALFORMED = -4;

    private CsvFiles() {
    }

    /**
     * Opens a text file as UTF-8 or, when its first bytes are not valid UTF-8, as GB18030 (what Excel on a
     * Chinese Windows writes for "CSV"). A BOM is skipped. The decoder reports bad bytes later in the file
     * as a {@link java.nio.charset.MalformedInputException} rather than replacing them silently.
     */
    static Reader open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), SNIFF);
        try {
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            Charset charset;
            if (startsWith(head, UTF8_BOM)) {
                charset = StandardCharsets.UTF_8;
                in.skipNBytes(UTF8_BOM.length);
            } else if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) {
                // Excel's "Unicode text": not a CSV of the format, and read as UTF-8 it would look like one
                throw new java.nio.charset.MalformedInputException(2);
            } else if (startsWith(head, GB18030_BOM)) {
                charset = GB18030;
                in.skipNBytes(GB18030_BOM.length);
            } else {
                charset = isUtf8(head, head.length < SNIFF) ? StandardCharsets.UTF_8 : GB18030;
            }
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedReader(new InputStreamReader(in, decoder), SNIFF);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Whether the bytes are UTF-8; a sequence cut at the end of a partial read is not held against them. */
    static boolean isUtf8(byte[] bytes, boolean wholeFile) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return !d.decode(ByteBuffer.wrap(bytes), out, wholeFile).isError();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    /** {@link #YES}, {@link #NO}, {@link #EMPTY} or {@link #NOT_YES_NO}; the text is already trimmed. */
    static int yesNo(String t) {
        if (t.isEmpty()) return EMPTY;
        if (t.equals("是") || t.equals("1") || t.equalsIgnoreCase("Y") || t.equalsIgnoreCase("true")) return YES;
        if (t.equals("否") || t.equals("0") || t.equalsIgnoreCase("N") || t.equalsIgnoreCase("false")) return NO;
        return NOT_YES_NO;
    }

    /**
     * Yuan text (e.g. {@code 1234.5}) to fen; {@link #AMOUNT_EMPTY} for an empty cell, otherwise a negative
     * code for the kind of error. At most two decimals, no signs, separators or units: the amount must not
     * be rounded or guessed.
     */
    static long fen(String t) {
        int n = t.length();
        if (n == 0) return AMOUNT_EMPTY;
        boolean negative = t.charAt(0) == '-';
        int i = negative ? 1 : 0;
        long yuan = 0;
        int intDigits = 0;
        for (; i < n && isDigit(t.charAt(i)); i++, intDigits++) {
            if (intDigits == 15) return AMOUNT_MALFORMED;
            yuan = yuan * 10 + (t.charAt(i) - '0');
        }
        long cents = 0;
        int decimals = 0;
        if (i < n && t.charAt(i) == '.') {
            for (i++; i < n && isDigit(t.charAt(i)); i++, decimals++) {
                if (decimals < 2) cents = cents * 10 + (t.charAt(i) - '0');
            }
        }
        if (i != n || intDigits + decimals == 0) return AMOUNT_MALFORMED;
        if (negative) return AMOUNT_NEGATIVE;
        if (decimals > 2) return AMOUNT_TOO_PRECISE;
        if (decimals == 1) cents *= 10;
        return yuan * 100 + cents;
    }

    /** A non-negative whole number of at most 9 digits, or -1. */
    static int wholeNumber(String t) {
        int n = t.length();
        if (n == 0 || n > 9) return -1;
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A plain decimal number (digits, one point, an optional minus), or NaN. */
    static double decimal(String t) {
        int n = t.length();
        int digits = 0;
        int points = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (isDigit(c)) digits++;
            else if (c == '.') points++;
            else if (c != '-' || i != 0) return Double.NaN;
        }
        return digits == 0 || points > 1 ? Double.NaN : Double.parseDouble(t);
    }

    /**
     * The canonical text of a 案号: half-width brackets become full-width and spaces go, so that
     * {@code (2024)豫1302执1号} in one file finds {@code （2024）豫1302执1号} in another.
     */
    static String normalizeCaseNumber(String t) {
        boolean clean = true;
        for (int i = 0; i < t.length() && clean; i++) {
            char c = t.charAt(i);
            clean = c != '(' && c != ')' && !Character.isWhitespace(c);
        }
        if (clean) return t;
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') sb.append('（');
            else if (c == ')') sb.append('）');
            else if (!Character.isWhitespace(c)) sb.append(c);
        }
        return sb.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
