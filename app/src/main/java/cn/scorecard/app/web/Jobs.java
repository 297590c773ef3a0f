package cn.scorecard.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Background work with progress, one job at a time per kind (a full evaluation or a report uses both cores), so the
 * page that started a job can poll its progress bar: the computation of an evaluation period, a court's report.
 * A job belongs to the user who started it; another user asking for it gets nothing.
 *
 * @param <T> what a job produces (a result version's id, a report)
 */
public abstract class Jobs<T> {
    private final ExecutorService executor;
    private final Map<Long, Job<T>> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    protected Jobs(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** A job's state: percent done, a message, and what it produced (or the error). */
    public static final class Job<T> {
        private final long id;
        private final String owner;
        private volatile int percent;
        private volatile String message = Messages.text("job.queued");
        private volatile T result;
        private volatile String error;

        Job(long id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        public long getId() {
            return id;
        }

        public int getPercent() {
            return percent;
        }

        public String getMessage() {
            return message;
        }

        public T getResult() {
            return result;
        }

        public String getError() {
            return error;
        }

        public boolean done() {
            return result != null || error != null;
        }

        public boolean ownedBy(String user) {
            return owner.equals(user);
        }

        public void progress(int percent, String message) {
            this.percent = percent;
            this.message = message;
        }

        /** The job's product; the job is done. */
        public void finish(T value) {
            progress(100, Messages.text("job.done"));
            result = value;
        }
    }

    /** Starts the work in the background; it reports progress on the job and ends with {@link Job#finish}. */
    public Job<T> start(String owner, Consumer<Job<T>> work) {
        Job<T> job = new Job<>(ids.incrementAndGet(), owner);
        jobs.put(job.getId(), job);
        executor.submit(() -> {
            try {
                work.accept(job);
            } catch (RuntimeException e) {
                job.error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        });
        return job;
    }

    /** A job that is already done (its product was at hand), so the page shows it at once. */
    public Job<T> done(String owner, T value) {
        Job<T> job = new Job<>(ids.incrementAndGet(), owner);
        job.finish(value);
        jobs.put(job.getId(), job);
        return job;
    }

    /** The user's job, or null (unknown, or someone else's). */
    public Job<T> get(long id, String user) {
        Job<T> job = jobs.get(id);
        return job == null || !job.ownedBy(user) ? null : job;
    }
}
