package cn.scorecard.app.periods;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.evaluation.EvaluationJson;
import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.Period;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

/** Computes an evaluation period into a new draft version, and publishes versions after review. */
@Service
class PeriodService {
    static final String EVALUATION = "EVALUATION";
    private final EvaluationService evaluation;
    private final ProvinceSource province;
    private final RunRepository runs;
    private final ComputeJobs jobs;
    private final AuditLog audit;
    private final ObjectMapper mapper = new ObjectMapper();

    PeriodService(EvaluationService evaluation, ProvinceSource province, RunRepository runs, ComputeJobs jobs, AuditLog audit) {
        this.evaluation = evaluation;
        this.province = province;
        this.runs = runs;
        this.jobs = jobs;
        this.audit = audit;
    }

    ComputeJobs.Job compute(Period period, String actor) {
        return jobs.start(actor, job -> {
            job.progress(10, "读取数据");
            ProvinceData data = province.current();
            String fingerprint = province.fingerprint();
            job.progress(30, "计算全部指标");
            EvaluationResult result = evaluation.evaluate(period);
            job.progress(70, "生成结果快照");
            String json;
            try {
                json = mapper.writeValueAsString(new EvaluationJson(data.courts(), data.cases(), false).of(result));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            job.progress(90, "保存新版本");
            long id = runs.saveDraft(EVALUATION, period.start(), period.end(), result.catalogVersion(), fingerprint, json, actor);
            audit.record(actor, "计算评估结果", "result_run", String.valueOf(id), null, null,
                    period.start() + "~" + period.end() + " 指标体系 " + result.catalogVersion() + " 数据指纹 " + fingerprint);
            job.progress(100, "完成");
            job.runId = id;
        });
    }

    void publish(long id, String actor) {
        RunRepository.Run run = runs.get(id).orElseThrow(() -> new IllegalArgumentException("结果版本不存在"));
        runs.publish(id, actor);
        audit.record(actor, "发布评估结果", "result_run", String.valueOf(id), null, run.statusLabel(),
                "已发布：" + run.periodStart() + "~" + run.periodEnd() + " 第 " + run.versionNo() + " 版");
    }
}
