package cn.scorecard.core.metric;

import cn.scorecard.core.data.EvidenceRecord;
import cn.scorecard.core.data.EvidenceStatus;

/**
 * 下级法院全部建立一案一账号 from the subordinate courts' own findings: no case record carries the account, but each court
 * below is assessed on its own 一案一账号 leaf (新收案件是否一案一账号), whose codes the declaration lists
 * ({@code evidence} in rules/metrics.yaml). Of the courts below with such a finding for the year (不适用 not counted),
 * those not found 达标. None with a finding → empty (the leaf's own evidence decides).
 */
final class SubordinateOneAccountMetric extends DefinedMetric {
    SubordinateOneAccountMetric(MetricDefinition declaration) {
        super(declaration);
        if (declaration.evidence().isEmpty()) {
            throw new IllegalStateException("rules/metrics.yaml: " + declaration.id() + " 缺少 evidence（下级法院一案一账号指标代码）");
        }
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        Tally tally = new Tally(RecordKind.COURT, 0);
        for (int below : ctx.data().courts().descendantsOf(court)) {
            EvidenceRecord finding = finding(ctx, below);
            boolean counted = finding != null && finding.status() != EvidenceStatus.NOT_APPLICABLE;
            tally.countWhere(below, counted, counted && finding.status() != EvidenceStatus.MET);
        }
        return tally.ratio("佐证材料认定未实行一案一账号的下级法院", "有此项认定的下级法院");
    }

    private EvidenceRecord finding(EvaluationContext ctx, int court) {
        for (String code : declaration().evidence()) {
            EvidenceRecord e = ctx.evidenceFor(court, ctx.period().year(), code);
            if (e != null) return e;
        }
        return null;
    }
}
