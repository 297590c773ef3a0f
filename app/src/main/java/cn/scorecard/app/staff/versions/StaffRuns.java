package cn.scorecard.app.staff.versions;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.staff.StaffJson;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.staff.StaffSnapshot;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.StaffRuleSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court's staff month as result versions (kind {@value #KIND}, scope = the court): computed into a draft, with
 * the upheld objection adjustments on top, and published after review. Callers check who may do it (StaffAccess).
 */
@Service
public class StaffRuns {
    public static final RunKind KIND = RunKind.STAFF;
    private final StaffResultService results;
    private final ResultRuns runs;
    private final AdjustmentSource adjustments;
    private final ProvinceSource province;
    private final AuditLog audit;
    private final StaffNotices notices;
    private final ObjectMapper mapper = new ObjectMapper();

    StaffRuns(StaffResultService results, ResultRuns runs, AdjustmentSource adjustments, ProvinceSource province,
              AuditLog audit, StaffNotices notices) {
        this.results = results;
        this.runs = runs;
        this.adjustments = adjustments;
        this.province = province;
        this.audit = audit;
        this.notices = notices;
    }

    /** The court's month computed from the current data, with every upheld adjustment of the year on top. */
    public MonthlyAssessment build(String court, YearMonth month) {
        StaffRuleSet rules = results.rules(court, month);
        AdjustedMonth adjuster = new AdjustedMonth(rules.passMark(), rules.accountabilityAfterFails());
        List<ScoreAdjustment> year = adjustments.upheld(court, month.getYear());
        Map<String, Integer> earlierFails = new HashMap<>();
        year.stream().map(ScoreAdjustment::month).filter(m -> m.isBefore(month)).distinct().forEach(m ->
                adjuster.failChange(courtMonth(court, m), of(year, m)).forEach((id, d) -> earlierFails.merge(id, d, Integer::sum)));
        return adjuster.apply(courtMonth(court, month), of(year, month), earlierFails);
    }

    /** The court's month as shown before any version exists (same content a draft would get). */
    public StaffSnapshot preview(String court, YearMonth month) {
        return StaffSnapshot.of(StaffJson.month(build(court, month), results.data()));
    }

    @Transactional
    public ResultRun computeDraft(String court, YearMonth month, String note, String actor) {
        MonthlyAssessment m = build(court, month);
        String json;
        try {
            json = mapper.writeValueAsString(StaffJson.month(m, results.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ResultRun run = runs.saveDraft(KIND, court, RunPeriod.month(month), m.ruleSetVersion(), province.fingerprint(),
                json, note, actor);
        long id = run.id();
        audit.record(actor, Messages.text("staffRuns.audit.computed"), "staff_run", String.valueOf(id), court, null,
                Messages.text("staffRuns.audit.computedDetail", String.valueOf(month), String.valueOf(run.versionNo()), note,
                        String.valueOf(m.people().size()), results.rules(court, month).label() + "（" + m.ruleSetVersion() + "）",
                        run.fingerprint()));
        return run;
    }

    /**
     * Publishes a draft: it becomes what officers see, the earlier published version is kept as SUPERSEDED, and the
     * officers are told. Only the newest version may be published, so an older draft can never replace a version
     * that already carries later adjustments.
     */
    @Transactional
    public ResultRun publish(long id, String actor) {
        ResultRun run = run(id);
        List<ResultRun> versions = runs.versions(KIND, run.scope(), run.period());
        if (versions.get(0).id() != id) {
            throw new IllegalStateException(Messages.text("staffRuns.error.newer", String.valueOf(versions.get(0).versionNo())));
        }
        String before = runs.latestPublished(KIND, run.scope(), run.period())
                .map(r -> Messages.text("staffRuns.audit.publishedVersion", String.valueOf(r.versionNo())))
                .orElse(Messages.text("staffRuns.audit.nonePublished"));
        ResultRun published = runs.publish(id, KIND, actor);
        audit.record(actor, Messages.text("staffRuns.audit.published"), "staff_run", String.valueOf(id), run.scope(), before,
                Messages.text("staffRuns.audit.publishedDetail", String.valueOf(YearMonth.from(run.periodStart())),
                        String.valueOf(run.versionNo())));
        notices.published(published, StaffSnapshot.parse(published.json()));
        return published;
    }

    /** A staff run by id (404-like IllegalArgumentException for any other kind). */
    public ResultRun run(long id) {
        return runs.get(id, KIND)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("staffRuns.error.unknown")));
    }

    private MonthlyAssessment courtMonth(String court, YearMonth month) {
        int c = results.data().courts().indexOf(court);
        if (c < 0) throw new IllegalArgumentException(Messages.text("common.noCourt", court));
        MonthlyAssessment all = results.month(month);
        return new MonthlyAssessment(all.month(), results.rules(court, month).version(),
                all.people().stream().filter(p -> p.court() == c).toList(),
                all.teams().stream().filter(t -> t.court() == c).toList(),
                all.interviews().stream().filter(i -> i.court() == c).toList());
    }

    private static List<ScoreAdjustment> of(List<ScoreAdjustment> year, YearMonth month) {
        return year.stream().filter(a -> a.month().equals(month)).toList();
    }
}
