package cn.scorecard.core.io.parquet;

import java.nio.charset.StandardCharsets;

/**
 * The Thrift compact protocol, write side, for the structures of parquet.thrift: a field header is the delta from
 * the previous field id in the high nibble and the type in the low one (or the type alone followed by the id as a
 * zigzag varint when the delta is not 1..15); integers are zigzag varints; a boolean field carries its value in
 * the header's type (1 true, 2 false); a list header is the size in the high nibble (15 = a varint follows) and the
 * element type; a struct ends with a 0 byte. Nested structs remember the enclosing struct's last field id.
 */
final class ThriftCompact {
    static final int TRUE = 1;
    static final int FALSE = 2;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteBuf out;
    private final int[] lastIds = new int[32];
    private int depth;

    ThriftCompact(ByteBuf out) {
        this.out = out;
    }

    private void header(int id, int type) {
        int delta = id - lastIds[depth];
        if (delta > 0 && delta <= 15) {
            out.put(delta << 4 | type);
        } else {
            out.put(type);
            out.varint(zigzag(id));
        }
        lastIds[depth] = id;
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    ThriftCompact i32(int id, int v) {
        header(id, I32);
        out.varint(zigzag(v));
        return this;
    }

    ThriftCompact i64(int id, long v) {
        header(id, I64);
        out.varint(zigzag(v));
        return this;
    }

    ThriftCompact bool(int id, boolean v) {
        header(id, v ? TRUE : FALSE);
        return this;
    }

    ThriftCompact string(int id, String v) {
        header(id, BINARY);
        binary(v);
        return this;
    }

    /** Opens a struct field; its fields follow, then {@link #end()}. */
    ThriftCompact struct(int id) {
        header(id, STRUCT);
        return begin();
    }

    /** Opens a struct that is an element of a list (no field header). */
    ThriftCompact begin() {
        lastIds[++depth] = 0;
        return this;
    }

    /** Closes the innermost open struct, or the outermost one (the message) when none is open. */
    ThriftCompact end() {
        out.put(0);
        if (depth > 0) depth--;
        return this;
    }

    /** A list field's header; the elements follow ({@link #begin()} … {@link #end()} for structs, {@link #element}). */
    ThriftCompact list(int id, int elementType, int size) {
        header(id, LIST);
        if (size < 15) {
            out.put(size << 4 | elementType);
        } else {
            out.put(0xF0 | elementType);
            out.varint(size);
        }
        return this;
    }

    /** An i32 element of a list. */
    ThriftCompact element(int v) {
        out.varint(zigzag(v));
        return this;
    }

    /** A string element of a list. */
    ThriftCompact element(String v) {
        binary(v);
        return this;
    }

    private void binary(String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        out.varint(b.length);
        out.put(b);
    }
}
