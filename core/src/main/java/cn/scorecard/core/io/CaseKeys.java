package cn.scorecard.core.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases keyed by numbers instead of {@code court + "|" + 案号} strings: court index, the 案号's court prefix (as a
 * code of a small dictionary), year, type and serial packed into one long, in an open-addressing table of
 * primitives. Only the canonical spelling {@code （2024）豫1302执123号} has a key (no spaces, full-width
 * brackets, no leading zero in the serial), so two spellings the strict reader tells apart never share one.
 * Written by one thread while the cases are read, then only read (by the step readers of both cores).
 */
final class CaseKeys {
    static final long NO_KEY = -1;
    private static final int MAX_PREFIXES = 1 << 12;
    private static final byte[] OPEN = ByteCells.utf8("（");
    private static final byte[] CLOSE = ByteCells.utf8("）");
    private static final byte[] HAO = ByteCells.utf8("号");
    private static final byte[] ZHI = ByteCells.utf8("执");
    /** The second character of a two-character type code, in {@link cn.scorecard.core.cases.CaseType} order. */
    private static final String TYPE_CHARS = "恢保异复监协请他";

    private final Map<String, Integer> prefixes = new HashMap<>();
    private final List<String> prefixByCode = new ArrayList<>();
    private long[] keys;
    private int[] values;
    private int size;

    CaseKeys() {
        this(1 << 15);
    }

    /** Room for about {@code expected} keys before the table grows (growing copies every key). */
    CaseKeys(int expected) {
        long needed = Math.max(1 << 15, Math.min(expected, 1 << 28)) * 4L / 3 + 1; // filled at most to three quarters
        int capacity = Integer.highestOneBit((int) needed - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, NO_KEY);
    }

    /** The court prefix text of a key (豫1302 of （2024）豫1302执123号). */
    String prefixOf(long key) {
        return prefixByCode.get(prefixCodeOf(key));
    }

    /** The 案号's year, type code (0 for 执, 1–8 for 执恢 … 执他) and serial of a key. */
    static int yearOf(long key) {
        return (int) ((key >>> 28) & 0xFF) + 1900;
    }

    static int typeOf(long key) {
        return (int) (key >>> 24) & 0xF;
    }

    static int serialOf(long key) {
        return (int) (key & 0xFFFFFF);
    }

    static int prefixCodeOf(long key) {
        return (int) (key >>> 36) & 0xFFF;
    }

    int size() {
        return size;
    }

    /** The builder row × 2 (+ 1 when closed by 终本) of a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == NO_KEY) return -1;
        }
    }

    /** Adds a key; false when it is there already. */
    boolean put(long key, int value) {
        if (size >= keys.length - (keys.length >> 2)) grow(); // three quarters: 12-16 bytes a key at 10M cases
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return false;
            if (k == NO_KEY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return true;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, NO_KEY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != NO_KEY) put(oldKeys[i], oldValues[i]);
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /** The key of a canonical 案号 in bytes [from, to) of a court, NO_KEY when not canonical; adds its prefix. */
    long key(int court, byte[] b, int from, int to, boolean addPrefix, Cursor cursor) {
        int n = to - from;
        if (n < 14 || court >= 1 << 15 || !at(b, from, OPEN) || !at(b, from + 7, CLOSE) || !at(b, to - 3, HAO)) return NO_KEY;
        int year = 0;
        for (int i = from + 3; i < from + 7; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return NO_KEY;
            year = year * 10 + d;
        }
        if (year < 1900 || year > 2155) return NO_KEY;
        int digitsEnd = to - 3;
        int digitsStart = digitsEnd;
        while (digitsStart > from + 10 && b[digitsStart - 1] >= '0' && b[digitsStart - 1] <= '9') digitsStart--;
        int count = digitsEnd - digitsStart;
        if (count < 1 || count > 7 || b[digitsStart] == '0') return NO_KEY;
        int serial = 0;
        for (int i = digitsStart; i < digitsEnd; i++) serial = serial * 10 + (b[i] - '0');
        int typeStart = digitsStart - 3;
        if (typeStart < from + 10) return NO_KEY;
        int type = 0;
        if (!at(b, typeStart, ZHI)) {
            int c = new String(b, typeStart, 3, StandardCharsets.UTF_8).charAt(0);
            type = TYPE_CHARS.indexOf(c) + 1;
            if (type == 0 || typeStart - 3 < from + 10 || !at(b, typeStart - 3, ZHI)) return NO_KEY;
            typeStart -= 3;
        }
        int prefix = prefix(b, from + 10, typeStart, addPrefix, cursor);
        if (prefix < 0) return NO_KEY;
        return (long) court << 48 | (long) prefix << 36 | (long) (year - 1900) << 28 | (long) type << 24 | serial;
    }

    /** For the snapshot: the prefixes in code order, then the used slots' keys and values. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        String[] byCode = new String[prefixes.size()];
        prefixes.forEach((text, code) -> byCode[code] = text);
        out.writeInt(byCode.length);
        for (String p : byCode) out.writeUTF(p);
        long[] k = new long[size];
        int[] v = new int[size];
        for (int i = 0, n = 0; i < keys.length; i++) {
            if (keys[i] != NO_KEY) {
                k[n] = keys[i];
                v[n++] = values[i];
            }
        }
        cn.scorecard.core.cases.CaseTableFile.longs(out, k);
        cn.scorecard.core.cases.CaseTableFile.ints(out, v);
    }

    static CaseKeys read(java.io.DataInputStream in) throws java.io.IOException {
        CaseKeys keys = new CaseKeys();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            String prefix = in.readUTF();
            keys.prefixes.put(prefix, i);
            keys.prefixByCode.add(prefix);
        }
        long[] k = cn.scorecard.core.cases.CaseTableFile.longs(in);
        int[] v = cn.scorecard.core.cases.CaseTableFile.ints(in);
        int capacity = Integer.highestOneBit(Math.max(16, k.length * 3)) * 2;
        keys.keys = new long[capacity];
        keys.values = new int[capacity];
        Arrays.fill(keys.keys, NO_KEY);
        for (int i = 0; i < k.length; i++) keys.put(k[i], v[i]);
        return keys;
    }

    /** As {@link ReadContext.FastCases}: the case of a court code and canonical 案号 from another file. */
    ReadContext.FastCases states(Map<String, Integer> courts) {
        return (court, number) -> {
            Integer c = courts.get(court);
            int v = c == null ? -1 : get(key(c, number));
            return v < 0 ? null : (long) v;
        };
    }

    /** The key of a canonical 案号 text (from another file), NO_KEY when it has none. */
    long key(int court, String canonical) {
        byte[] b = canonical.getBytes(StandardCharsets.UTF_8);
        return key(court, b, 0, b.length, false, new Cursor());
    }

    /** The last prefix a reading thread met: a case's steps follow one another, so most lookups are this one. */
    static final class Cursor {
        private byte[] bytes = new byte[0];
        private int code = -1;
    }

    /** Prefix codes are handed out by the thread that reads the cases; step readers only look them up. */
    private int prefix(byte[] b, int from, int to, boolean add, Cursor cursor) {
        int n = to - from;
        if (n == cursor.bytes.length && Arrays.equals(b, from, to, cursor.bytes, 0, n)) return cursor.code;
        String text = new String(b, from, n, StandardCharsets.UTF_8);
        Integer code = prefixes.get(text);
        if (code == null) {
            if (!add || prefixes.size() >= MAX_PREFIXES) return -1;
            code = prefixes.size();
            prefixes.put(text, code);
            prefixByCode.add(text);
        }
        cursor.bytes = Arrays.copyOfRange(b, from, to);
        cursor.code = code;
        return code;
    }

    private static boolean at(byte[] b, int p, byte[] word) {
        if (p < 0 || p + word.length > b.length) return false;
        for (int i = 0; i < word.length; i++) {
            if (b[p + i] != word[i]) return false;
        }
        return true;
    }
}
