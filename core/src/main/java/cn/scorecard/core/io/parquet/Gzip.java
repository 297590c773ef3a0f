package cn.scorecard.core.io.parquet;

import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A page body as one gzip member (RFC 1952), what Parquet's GZIP codec reads: the 10-byte header (deflate, no name,
 * no time, OS unknown), the body deflated raw (a {@link Deflater} with {@code nowrap}: gzip frames the deflate stream
 * itself, a zlib wrapper inside would be corrupt), then the CRC-32 and the length of the uncompressed body, both
 * 4 bytes little-endian. One deflater reused page after page; {@link #close()} frees its native memory.
 */
final class Gzip implements AutoCloseable {
    /** Deflate level: 1 writes the 1M-case export in about half the time of 6 for a few percent more bytes (docs/performance.md). */
    static final int LEVEL = 1;
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final Deflater deflater;
    private final CRC32 crc = new CRC32();

    Gzip(int level) {
        this.deflater = new Deflater(level, true);
    }

    /** Replaces out's content with body as a gzip member. */
    void compress(ByteBuf body, ByteBuf out) {
        out.clear();
        out.put(HEADER);
        out.putDeflated(body, deflater);
        crc.reset();
        body.update(crc);
        out.int32((int) crc.getValue());
        out.int32(body.size());
    }

    @Override
    public void close() {
        deflater.end();
    }
}
