package cn.scorecard.app.upload;

import cn.scorecard.app.platform.importing.ImportReport;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Uploads being imported in the background, with their progress, for the page's progress bar. */
@Component
class UploadJobs {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** One import: rows done of an estimate, then its report. */
    public static final class Job {
        private final long id;
        private final String owner;
        private volatile long rowsDone;
        private volatile long totalEstimate;
        private volatile ImportReport report;
        private volatile String failure;

        Job(long id, String owner) {
            this.id = id;
            this.owner = owner;
        }

        public long getId() {
            return id;
        }

        public long getRowsDone() {
            return rowsDone;
        }

        public int getPercent() {
            if (report != null || failure != null) return 100;
            return totalEstimate <= 0 ? 0 : (int) Math.min(99, rowsDone * 100 / totalEstimate);
        }

        public ImportReport getReport() {
            return report;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isDone() {
            return report != null || failure != null;
        }

        String owner() {
            return owner;
        }

        void progress(long done, long total) {
            rowsDone = done;
            totalEstimate = total;
        }
    }

    Job start(String owner, Function<Job, ImportReport> work) {
        Job job = new Job(ids.incrementAndGet(), owner);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.report = work.apply(job);
            } catch (RuntimeException e) {
                job.failure = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        });
        return job;
    }

    Job get(long id) {
        return jobs.get(id);
    }
}
