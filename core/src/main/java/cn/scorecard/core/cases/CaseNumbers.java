package cn.scorecard.core.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 案号 column as numbers: a 案号 spelled {@code （2024）豫1302执123号} is one long — the court prefix (豫1302) as an
 * index into a dictionary shared by all cases, the year, the type code (执, 执恢 …) and the serial — and is spelled
 * again when asked for. A 案号 that would not be spelled back exactly (half-width brackets, spaces, a serial with
 * a leading zero or of more than 7 digits …) is kept as text, sparse. 8 bytes a case instead of a String (about 80).
 */
final class CaseNumbers {
    /** The second character of a two-character type code, in {@link CaseType} order (执 alone is 0). */
    private static final String TYPE_CHARS = "恢保异复监协请他";
    static final long TEXT = -1;
    private static final int SERIAL_BITS = 24;
    private static final int TYPE_SHIFT = SERIAL_BITS;
    private static final int YEAR_SHIFT = TYPE_SHIFT + 4;
    private static final int PREFIX_SHIFT = YEAR_SHIFT + 14;
    private static final int MAX_PREFIXES = 1 << 20;

    private final long[] codes;
    private final String[] prefixes;
    /** Rows whose 案号 is kept as text, ascending, and their texts. */
    private final int[] textRows;
    private final String[] texts;

    CaseNumbers(long[] codes, String[] prefixes, int[] textRows, String[] texts) {
        this.codes = codes;
        this.prefixes = prefixes;
        this.textRows = textRows;
        this.texts = texts;
    }

    String get(int row) {
        long c = codes[row];
        if (c == TEXT) return texts[Arrays.binarySearch(textRows, row)];
        return spell(c, prefixes);
    }

    long[] codes() {
        return codes;
    }

    String[] prefixes() {
        return prefixes;
    }

    int[] textRows() {
        return textRows;
    }

    String[] texts() {
        return texts;
    }

    private static String spell(long c, String[] prefixes) {
        int serial = (int) (c & ((1 << SERIAL_BITS) - 1));
        int typeCode = (int) ((c >>> TYPE_SHIFT) & 0xF);
        int year = (int) ((c >>> YEAR_SHIFT) & 0x3FFF);
        String prefix = prefixes[(int) (c >>> PREFIX_SHIFT)];
        StringBuilder b = new StringBuilder(prefix.length() + 16);
        b.append('（');
        b.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10)).append((char) ('0' + year / 10 % 10))
                .append((char) ('0' + year % 10));
        b.append('）').append(prefix).append('执');
        if (typeCode > 0) b.append(TYPE_CHARS.charAt(typeCode - 1));
        return b.append(serial).append('号').toString();
    }

    /** Collects the 案号 of a builder in row order: codes for the canonical ones, texts for the others. */
    static final class Builder {
        private final Map<String, Integer> prefixIndex = new HashMap<>();
        private final List<String> prefixes = new ArrayList<>();
        private final Map<Integer, String> texts = new HashMap<>();
        private String lastPrefix;
        private int lastPrefixId = -1;

        /** The id of a court prefix (豫1302), added when new; -1 when the dictionary is full. */
        int prefixId(String prefix) {
            Integer id = prefixIndex.get(prefix);
            if (id == null) {
                if (prefixes.size() >= MAX_PREFIXES) return -1;
                id = prefixes.size();
                prefixes.add(prefix);
                prefixIndex.put(prefix, id);
            }
            return id;
        }

        /**
         * The code of the canonical 案号 （year）prefix执[type]serial号 given by its parts (a reader that parsed them
         * from bytes), as {@link #encode} makes it from the text.
         */
        static long code(int prefixId, int year, int typeCode, int serial) {
            if (prefixId < 0 || year < 0 || year > 9999 || typeCode < 0 || typeCode > TYPE_CHARS.length() || serial < 0
                    || serial > 9_999_999) {
                throw new IllegalArgumentException("not a canonical 案号");
            }
            return ((long) prefixId << PREFIX_SHIFT) | ((long) year << YEAR_SHIFT) | ((long) typeCode << TYPE_SHIFT) | serial;
        }

        /** The code of a 案号 (whose text is {@link #text}'s when it is {@link #TEXT}). */
        long encode(int row, String text) {
            long c = tryEncode(text);
            if (c == TEXT) texts.put(row, text);
            return c;
        }

        String text(int row) {
            return texts.get(row);
        }

        String[] prefixArray() {
            return prefixes.toArray(String[]::new);
        }

        /** The text rows mapped through {@code newRow} and sorted, with their texts: {rows, texts}. */
        Object[] sortedTexts(int[] newRow) {
            int[] rows = new int[texts.size()];
            int i = 0;
            for (int r : texts.keySet()) rows[i++] = newRow[r];
            Arrays.sort(rows);
            String[] out = new String[rows.length];
            Map<Integer, String> byNew = new HashMap<>();
            texts.forEach((r, t) -> byNew.put(newRow[r], t));
            for (int k = 0; k < rows.length; k++) out[k] = byNew.get(rows[k]);
            return new Object[] {rows, out};
        }

        private long tryEncode(String t) {
            if (t == null) return TEXT;
            int n = t.length();
            if (n < 10 || t.charAt(0) != '（' || t.charAt(5) != '）' || t.charAt(n - 1) != '号') return TEXT;
            int year = 0;
            for (int i = 1; i < 5; i++) {
                char ch = t.charAt(i);
                if (ch < '0' || ch > '9') return TEXT;
                year = year * 10 + (ch - '0');
            }
            int digitsStart = n - 1;
            while (digitsStart > 6 && isDigit(t.charAt(digitsStart - 1))) digitsStart--;
            int count = n - 1 - digitsStart;
            if (count < 1 || count > 7 || (count > 1 && t.charAt(digitsStart) == '0')) return TEXT;
            int serial = 0;
            for (int i = digitsStart; i < n - 1; i++) serial = serial * 10 + (t.charAt(i) - '0');
            int typeStart = digitsStart - 1;
            if (typeStart < 6) return TEXT;
            int typeCode = 0;
            char c = t.charAt(typeStart);
            if (c != '执') {
                int k = TYPE_CHARS.indexOf(c);
                if (k < 0 || typeStart - 1 < 6 || t.charAt(typeStart - 1) != '执') return TEXT;
                typeCode = k + 1;
                typeStart--;
            }
            int prefixId = prefix(t, 6, typeStart);
            if (prefixId < 0) return TEXT;
            return code(prefixId, year, typeCode, serial);
        }

        private int prefix(String t, int from, int to) {
            if (lastPrefix != null && lastPrefix.length() == to - from && t.startsWith(lastPrefix, from)) return lastPrefixId;
            String p = t.substring(from, to);
            int id = prefixId(p);
            if (id < 0) return -1;
            lastPrefix = p;
            lastPrefixId = id;
            return id;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
