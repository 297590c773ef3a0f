package cn.scorecard.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Parses a table on a thread of its own, a few hundred rows ahead of the reader: parsing CSV text or
 * workbook XML then runs on one core while the rows are checked and written on another (a database import
 * spends its time about evenly on both). The rows handed over must not be reused by the parser.
 */
final class PrefetchedInput extends ForwardingTableInput {
    private static final int BATCH = 512;
    private static final List<Row> END = new ArrayList<>();

    private record Row(long number, String[] cells) {
    }

    PrefetchedInput(TableInput source) {
        super(source);
    }

    @Override
    public boolean fixedWidth() {
        return source.fixedWidth();
    }

    @Override
    public void rows(RowVisitor visitor) throws IOException {
        BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(8);
        Throwable[] failure = {null};
        AtomicBoolean stop = new AtomicBoolean();
        Thread parser = new Thread(() -> {
            List<Row> batch = new ArrayList<>(BATCH);
            try {
                source.rows((number, cells) -> {
                    batch.add(new Row(number, cells));
                    if (batch.size() == BATCH) {
                        put(queue, new ArrayList<>(batch));
                        batch.clear();
                    }
                    return !stop.get();
                });
            } catch (Throwable e) {
                failure[0] = e; // rethrown after the rows parsed before it, so the error names the right row
            } finally {
                if (!batch.isEmpty()) put(queue, batch);
                put(queue, END);
            }
        }, "scorecard-parse-" + file());
        parser.setDaemon(true);
        parser.start();
        boolean ended = false;
        try {
            for (List<Row> batch; !(ended = (batch = queue.take()) == END); ) {
                for (Row r : batch) {
                    if (!visitor.row(r.number(), r.cells())) return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("读取被中断", e);
        } finally {
            // stopped early or failed: let the parser end (and close its file) rather than wait on a full queue
            if (!ended) {
                stop.set(true);
                drain(queue);
            }
        }
        rethrow(failure[0]);
    }

    /** Lets the parser finish its current batch and end. */
    private static void drain(BlockingQueue<List<Row>> queue) {
        try {
            while (queue.take() != END) {
                // discard
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void put(BlockingQueue<List<Row>> queue, List<Row> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable e) throws IOException {
        if (e == null) return;
        if (e instanceof IOException io) throw io;
        if (e instanceof UncheckedIOException u) throw u;
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        throw new IOException(e);
    }
}
