package cn.scorecard.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A CSV file read in chunks that end at a line end: the chunks are parsed on every core, and their results
 * handed to the caller's thread in file order (the effects of rows depend on their order: the earliest step,
 * the order of payments), a few chunks ahead so that reading, parsing and applying overlap.
 */
final class ByteChunks {
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final int DEFAULT_CHUNK = 4 << 20;

    /** Parses the whole lines of buf[from, to) (each ends with a line end, except perhaps the file's last). */
    @FunctionalInterface
    interface Parser<T> {
        T parse(byte[] buf, int from, int to);
    }

    private final int chunkSize;
    private final int threads;

    ByteChunks(int chunkSize, int threads) {
        this.chunkSize = chunkSize;
        this.threads = threads;
    }

    /** The header line of a file (BOM stripped; other encodings and marks are a bail), and the offset after it. */
    record Header(String[] names, long end) {
    }

    static Header header(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] b = new byte[(int) Math.min(ch.size(), 1 << 16)];
            ByteBuffer bb = ByteBuffer.wrap(b);
            while (bb.hasRemaining() && ch.read(bb) > 0) { }
            int from = startsWith(b, UTF8_BOM) ? 3 : 0;
            if (b.length > 1 && ((b[0] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0x84)) {
                throw new FastBail("other encoding");
            }
            int nl = from;
            while (nl < b.length && b[nl] != '\n') nl++;
            if (nl == b.length) throw new FastBail("no header line");
            int lineEnd = nl > from && b[nl - 1] == '\r' ? nl - 1 : nl;
            for (int i = from; i < lineEnd; i++) {
                if (b[i] == '"' || b[i] == '\r') throw new FastBail("quoted header");
                if (b[i] < 0) i = ByteCells.utf8(b, i, lineEnd) - 1;
            }
            String line = new String(b, from, lineEnd - from, StandardCharsets.UTF_8);
            return new Header(line.split(",", -1), nl + 1);
        }
    }

    /** A chunk being parsed, and the buffer it was read into (free again once its result has been consumed). */
    private record Pending<T>(Future<T> result, byte[] buf) {
    }

    /**
     * Parses [start, end of file) chunk by chunk on the pool, giving each result to the consumer in order. The
     * buffers are used again once the consumer has had their result (a result may refer to its buffer until then):
     * reading a file allocates a few chunks, not the file's size.
     */
    <T> void run(Path file, long start, Parser<T> parser, Consumer<T> consumer) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fast-csv");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Pending<T>> pending = new ArrayDeque<>();
        ArrayDeque<byte[]> free = new ArrayDeque<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = start;
            int capacity = chunkSize;
            while (pos < size) {
                int length = (int) Math.min(capacity, size - pos);
                byte[] buf = capacity == chunkSize && !free.isEmpty() ? free.pop() : new byte[length];
                ByteBuffer bb = ByteBuffer.wrap(buf, 0, length);
                long p = pos;
                while (bb.hasRemaining()) {
                    int n = ch.read(bb, p);
                    if (n < 0) throw new IOException("file shrank while reading");
                    p += n;
                }
                boolean last = pos + length == size;
                int end = length;
                if (!last) {
                    while (end > 0 && buf[end - 1] != '\n') end--;
                    if (end == 0) { // a line longer than a chunk: read more at once
                        capacity *= 2;
                        continue;
                    }
                }
                final int to = end;
                pending.add(new Pending<>(pool.submit(() -> parser.parse(buf, 0, to)), buf));
                pos += end;
                capacity = chunkSize;
                while (pending.size() > threads * 2) consume(pending, consumer, free);
            }
            while (!pending.isEmpty()) consume(pending, consumer, free);
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> void consume(ArrayDeque<Pending<T>> pending, Consumer<T> consumer, ArrayDeque<byte[]> free) {
        Pending<T> next = pending.poll();
        consumer.accept(take(next.result()));
        if (next.buf().length == chunkSize) free.push(next.buf());
    }

    private static <T> T take(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FastBail("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new FastBail("parser failed: " + e.getCause());
        }
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) return false;
        }
        return true;
    }
}
