package cn.scorecard.app.periods;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Background computations with progress, one at a time (a full evaluation uses both cores), so the page
 * that started one can poll its progress bar.
 */
@Component
class ComputeJobs {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "compute-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** A job's state: percent done, a message, and the run it produced (or the error). */
    public static final class Job {
        private final long id;
        final String owner;
        private volatile int percent;
        private volatile String message = "排队中";
        volatile Long runId;
        volatile String error;

        public long getId() {
            return id;
        }

        public int getPercent() {
            return percent;
        }

        public String getMessage() {
            return message;
        }

        public Long getRunId() {
            return runId;
        }

        public String getError() {
            return error;
        }

        Job(long id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        void progress(int percent, String message) {
            this.percent = percent;
            this.message = message;
        }

        public boolean done() {
            return runId != null || error != null;
        }
    }

    Job start(String owner, Consumer<Job> work) {
        Job job = new Job(ids.incrementAndGet(), owner);
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

    Job get(long id) {
        return jobs.get(id);
    }
}
