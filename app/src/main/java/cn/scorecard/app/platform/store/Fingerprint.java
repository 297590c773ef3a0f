package cn.scorecard.app.platform.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * SHA-256 over the rows as read, shortened to 16 hex digits for display and storage. Each row (a record) is
 * fed component by component in a compact binary form — its text would cost more than reading the database —
 * so equal rows give equal fingerprints on every database and JVM (enums by name, never by identity).
 */
final class Fingerprint {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < out.length; i++) out[i] = components[i].getAccessor();
            return out;
        }
    };

    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a row (a record, or a text) and returns it. */
    <T> T add(T row) {
        if (row instanceof Record r) {
            try {
                for (Method m : ACCESSORS.get(r.getClass())) put(m.invoke(r));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        } else {
            put(row);
        }
        room(1);
        buffer.put((byte) '\n');
        return row;
    }

    private void put(Object v) {
        if (v == null) {
            room(1);
            buffer.put((byte) 0);
        } else if (v instanceof String s) {
            text((byte) 1, s);
        } else if (v instanceof Enum<?> e) {
            text((byte) 2, e.name());
        } else if (v instanceof Integer i) {
            room(5);
            buffer.put((byte) 3).putInt(i);
        } else if (v instanceof Long l) {
            room(9);
            buffer.put((byte) 4).putLong(l);
        } else if (v instanceof Boolean b) {
            room(2);
            buffer.put((byte) 5).put((byte) (b ? 1 : 0));
        } else if (v instanceof LocalDate d) {
            room(9);
            buffer.put((byte) 6).putLong(d.toEpochDay());
        } else if (v instanceof Double d) {
            room(9);
            buffer.put((byte) 7).putLong(Double.doubleToLongBits(d));
        } else {
            text((byte) 8, v.toString());
        }
    }

    private void text(byte tag, String s) {
        if (5 + 2L * s.length() > buffer.capacity()) { // a long text goes straight to the digest
            room(buffer.capacity());
            buffer.put(tag).putInt(s.length());
            room(buffer.capacity());
            digest.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
            return;
        }
        room(5 + 2 * s.length());
        buffer.put(tag).putInt(s.length());
        for (int i = 0; i < s.length(); i++) buffer.putChar(s.charAt(i));
    }

    /** Digests what is buffered when fewer than n bytes are left. */
    private void room(int n) {
        if (buffer.remaining() >= n) return;
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    String value() {
        digest.update(buffer.array(), 0, buffer.position());
        buffer.clear();
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
