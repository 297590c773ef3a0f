package cn.scorecard.app.periods;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.evaluation.EvaluationJson;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.platform.runs.ResultRun;
import cn.scorecard.app.platform.runs.ResultRuns;
import cn.scorecard.app.platform.runs.RunKind;
import cn.scorecard.app.platform.runs.RunPeriod;
import cn.scorecard.app.web.Jobs;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

/** Computes an evaluation period into a new draft version, and publishes versions after review. */
@Service
class PeriodService {
    private final EvaluationService evaluation;
    private final ProvinceSource province;
    private final ResultRuns runs;
    private final ComputeJobs jobs;
    private final AuditLog audit;
    private final PeriodNotices notices;
    private final ObjectMapper mapper = new ObjectMapper();

    PeriodService(EvaluationService evaluation, ProvinceSource province, ResultRuns runs, ComputeJobs jobs, AuditLog audit,
                  PeriodNotices notices) {
        this.evaluation = evaluation;
        this.province = province;
        this.runs = runs;
        this.jobs = jobs;
        this.audit = audit;
        this.notices = notices;
    }

    Jobs.Job<Long> compute(Period period, String actor) {
        return jobs.start(actor, job -> {
            job.progress(10, Messages.text("period.step.read"));
            ProvinceData data = province.current();
            String fingerprint = province.fingerprint();
            job.progress(30, Messages.text("period.step.compute"));
            EvaluationResult result = evaluation.evaluate(period);
            job.progress(70, Messages.text("period.step.snapshot"));
            String json;
            try {
                json = mapper.writeValueAsString(new EvaluationJson(data.courts(), data.cases(), false,
                        code -> evaluation.coreIndicators(code, period)).of(result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            job.progress(90, Messages.text("period.step.save"));
            long id = runs.saveDraft(RunKind.EVALUATION, "", new RunPeriod(period.start(), period.end()),
                    result.catalogVersion(), fingerprint, json, null, actor).id();
            audit.record(actor, Messages.text("period.audit.computed"), "evaluation_run", String.valueOf(id),
                    provinceCourt(data), null, Messages.text("period.audit.computedDetail", String.valueOf(period.start()),
                            String.valueOf(period.end()), coverage(data), result.catalogVersion(), fingerprint));
            job.finish(id);
        });
    }

    /**
     * Publishes an evaluation run (the caller found it by id as an evaluation run, see {@link PeriodAccess}) and tells
     * the courts' administrators.
     */
    void publish(ResultRun run, String actor) {
        ResultRun published = runs.publish(run.id(), RunKind.EVALUATION, actor);
        ProvinceData data = province.current();
        audit.record(actor, Messages.text("period.audit.published"), "evaluation_run", String.valueOf(run.id()),
                provinceCourt(data), run.statusLabel(), Messages.text("period.audit.publishedDetail",
                        String.valueOf(run.periodStart()), String.valueOf(run.periodEnd()), String.valueOf(run.versionNo()),
                        coverage(data)));
        notices.published(published);
    }

    /** What publishing will do, in the words of the confirmation the page asks before it. */
    String publishConfirmation(ResultRun run) {
        return Messages.text("period.publish.confirm", PeriodLabels.of(run), String.valueOf(run.versionNo()),
                String.valueOf(notices.recipients().size()));
    }

    RunChecks checks(ResultRun run) {
        return RunChecks.of(run, province.current(), province.fingerprint());
    }

    /** An evaluation covers the province: its audit entries name the court at the top (the high court). */
    private static String provinceCourt(ProvinceData data) {
        return data.courts().all().stream().filter(c -> !c.hasParent())
                .map(c -> c.code()).findFirst().orElse(null);
    }

    private static String coverage(ProvinceData data) {
        return data.courts().all().stream().filter(c -> !c.hasParent())
                .map(c -> c.name()).reduce((a, b) -> a + Messages.text("common.listSeparator") + b)
                .map(n -> Messages.text("period.coverage", n, String.valueOf(data.courts().size())))
                .orElse(Messages.text("period.coverageAll"));
    }
}
