package cn.scorecard.app.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values computed from one data version, kept until the version moves: the first request after a change finds the
 * cache emptied, so nothing computed from older data is ever served. Bounded (least recently used out first).
 * Concurrent requests for the same missing key wait for one computation instead of each starting their own: fifty
 * users opening the warnings after an import scan the cases once.
 *
 * @param <V> the cached value
 */
public final class VersionedCache<V> {
    private final int capacity;
    private final Map<String, FutureTask<V>> entries;
    private final AtomicLong computations = new AtomicLong();
    private long version = Long.MIN_VALUE;

    public VersionedCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, FutureTask<V>> eldest) {
                return size() > VersionedCache.this.capacity;
            }
        };
    }

    /** The value of the key for the data version, computed once (a new version empties the cache first). */
    public V get(long dataVersion, String key, Supplier<V> compute) {
        FutureTask<V> task;
        boolean mine = false;
        synchronized (this) {
            if (dataVersion != version) {
                entries.clear();
                version = dataVersion;
            }
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            computations.incrementAndGet();
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException | CancellationException e) {
            synchronized (this) {
                if (entries.get(key) == task) entries.remove(key); // a failure is not kept: the next request tries again
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a cached computation", e);
        }
    }

    /** How many values were computed since the start (a hit computes none): for tests and the benchmarks. */
    public long computations() {
        return computations.get();
    }

    public synchronized int size() {
        return entries.size();
    }
}
