package cn.scorecard.app.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {
    private final VersionedCache<String> cache = new VersionedCache<>(3);

    @Test
    void aValueIsComputedOncePerDataVersionAndKey() {
        AtomicInteger runs = new AtomicInteger();
        assertThat(cache.get(7, "a", () -> "a" + runs.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(7, "a", () -> "a" + runs.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(7, "b", () -> "b" + runs.incrementAndGet())).isEqualTo("b2");
        assertThat(cache.computations()).isEqualTo(2);
    }

    @Test
    void aNewDataVersionEmptiesTheCache() {
        cache.get(7, "a", () -> "old");
        cache.get(7, "b", () -> "old");

        assertThat(cache.get(8, "a", () -> "new")).isEqualTo("new");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.computations()).isEqualTo(3);
    }

    @Test
    void theLeastRecentlyUsedGoFirst() {
        cache.get(1, "a", () -> "a");
        cache.get(1, "b", () -> "b");
        cache.get(1, "c", () -> "c");
        cache.get(1, "a", () -> "again");
        cache.get(1, "d", () -> "d"); // b is the eldest now

        assertThat(cache.get(1, "a", () -> "recomputed")).isEqualTo("a");
        assertThat(cache.get(1, "b", () -> "recomputed")).isEqualTo("recomputed");
    }

    @Test
    void concurrentRequestsForAMissingKeyWaitForOneComputation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        Thread first = new Thread(() -> cache.get(1, "k", () -> {
            runs.incrementAndGet();
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "v";
        }));
        first.start();
        started.await();
        String[] second = new String[1];
        Thread waiter = new Thread(() -> second[0] = cache.get(1, "k", () -> "second" + runs.incrementAndGet()));
        waiter.start();
        Thread.sleep(50);
        release.countDown();
        first.join();
        waiter.join();

        assertThat(second[0]).isEqualTo("v");
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> cache.get(1, "k", () -> {
            throw new IllegalArgumentException("bad");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad");

        assertThat(cache.get(1, "k", () -> "ok")).isEqualTo("ok");
    }
}
