package cn.scorecard.app.staff.versions;

import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * What a court's month looks like to a reader. Officers see only the latest published version; the assessment
 * group and court administrators a chosen version, else the published one, else the newest draft, else a preview
 * computed now (no version yet). Stored versions are read from their JSON, never recomputed.
 */
@Service
public class StaffMonths {
    private static final int CACHE_SIZE = 256;
    private final ResultRuns runs;
    private final StaffRuns staffRuns;
    /** Parsed snapshots by run id: a run's JSON never changes, only its status. */
    private final Map<Long, StaffSnapshot> parsed = new ConcurrentHashMap<>();

    StaffMonths(ResultRuns runs, StaffRuns staffRuns) {
        this.runs = runs;
        this.staffRuns = staffRuns;
    }

    /** A month as shown: the snapshot and the version it comes from (null for a preview computed now). */
    public record Shown(StaffSnapshot snapshot, ResultRun run) {
        public boolean preview() {
            return run == null;
        }

        public boolean published() {
            return run != null && run.isPublished();
        }

        /** "第 2 版 · 已发布 2025-07-03", "第 3 版 · 待审核", "未生成版本（按当前数据实时计算）". */
        public String label() {
            if (run == null) return Messages.text("staffRuns.label.none");
            String s = Messages.text("staffRuns.label.version", String.valueOf(run.versionNo()), run.statusLabel());
            return run.publishedAt() == null ? s
                    : Messages.text("staffRuns.label.published", s, Formats.date(run.publishedAt().toLocalDate()));
        }
    }

    public Optional<Shown> published(String court, YearMonth month) {
        return runs.latestPublished(StaffRuns.KIND, court, RunPeriod.month(month))
                .map(r -> new Shown(snapshot(r), r));
    }

    /** For the group and administrators: the published version, else the newest draft, else a preview. */
    public Shown current(String court, YearMonth month) {
        Optional<Shown> p = published(court, month);
        if (p.isPresent()) return p.get();
        List<ResultRun> all = versions(court, month);
        if (!all.isEmpty()) return run(all.get(0).id());
        return new Shown(staffRuns.preview(court, month), null);
    }

    public Shown run(long id) {
        ResultRun r = staffRuns.run(id);
        return new Shown(snapshot(r), r);
    }

    /** Every version of the month, newest first (without JSON). */
    public List<ResultRun> versions(String court, YearMonth month) {
        return runs.versions(StaffRuns.KIND, court, RunPeriod.month(month));
    }

    public StaffSnapshot snapshot(ResultRun run) {
        StaffSnapshot s = parsed.get(run.id());
        if (s != null) return s;
        return cache(run.id(), run.json() == null || run.json().isEmpty() ? staffRuns.run(run.id()).json() : run.json());
    }

    /** A version's snapshot by id, read from the database only the first time. */
    public StaffSnapshot snapshot(long runId) {
        StaffSnapshot s = parsed.get(runId);
        return s != null ? s : cache(runId, staffRuns.run(runId).json());
    }

    private StaffSnapshot cache(long id, String json) {
        StaffSnapshot s = StaffSnapshot.parse(json);
        if (parsed.size() >= CACHE_SIZE) parsed.clear();
        parsed.put(id, s);
        return s;
    }
}
