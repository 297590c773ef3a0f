package cn.scorecard.core.io.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Checksum;
import java.util.zip.Deflater;

/** A growable byte array written little-endian (Parquet's plain values) or as ULEB-128 varints (Thrift, RLE headers). */
final class ByteBuf {
    private byte[] bytes;
    private int size;

    ByteBuf(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void room(int n) {
        if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }

    void put(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    void put(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    void put(ByteBuf other) {
        room(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
    }

    void int32(int v) {
        room(4);
        bytes[size++] = (byte) v;
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 24);
    }

    void int64(long v) {
        int32((int) v);
        int32((int) (v >>> 32));
    }

    /** Unsigned LEB-128: seven bits a byte, low first, the high bit set on every byte but the last. */
    void varint(long v) {
        while ((v & ~0x7FL) != 0) {
            put((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((int) v);
    }

    /** Overwrites four bytes at an offset already written (a length known only afterwards). */
    void int32At(int offset, int v) {
        bytes[offset] = (byte) v;
        bytes[offset + 1] = (byte) (v >>> 8);
        bytes[offset + 2] = (byte) (v >>> 16);
        bytes[offset + 3] = (byte) (v >>> 24);
    }

    /** Adds the bytes to a checksum (the CRC-32 of a gzip trailer). */
    void update(Checksum checksum) {
        checksum.update(bytes, 0, size);
    }

    /** Appends all of src deflated by a reset deflater (its raw output, no wrapper). */
    void putDeflated(ByteBuf src, Deflater deflater) {
        deflater.reset();
        deflater.setInput(src.bytes, 0, src.size);
        deflater.finish();
        while (!deflater.finished()) {
            room(Math.max(256, src.size / 4));
            size += deflater.deflate(bytes, size, bytes.length - size);
        }
    }
}
