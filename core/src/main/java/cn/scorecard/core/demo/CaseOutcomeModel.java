package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StatutoryPeriod;

/**
 * Decides how an implementation case (执, 执恢) ends: closing method, planned duration, applied and
 * delivered amounts and whether the debtor has property. Shares are calibrated to the national figures
 * in docs/demo-data.md: of closed first-enforcement cases about 44% 执行完毕, 40% 终本, 8% 和解履行完毕,
 * 5% 终结执行 and a few 销案/不予执行/驳回申请; 执行完毕 delivers (nearly) all, 终本 a little.
 */
final class CaseOutcomeModel {
    private static final ClosingMethod[] METHODS = {
        ClosingMethod.FULFILLED, ClosingMethod.TERMINATED_THIS_ROUND, ClosingMethod.SETTLEMENT_FULFILLED,
        ClosingMethod.TERMINATED, ClosingMethod.WITHDRAWN, ClosingMethod.NOT_ENFORCED, ClosingMethod.REJECTED
    };
    private static final int THREE_MONTHS = 3;
    private static final double[] FIRST = {0.415, 0.425, 0.08, 0.05, 0.012, 0.008, 0.010};
    /** Resumed cases were 终本 before: fewer end fully performed. */
    private static final double[] RESUMED = {0.33, 0.50, 0.08, 0.06, 0.012, 0.008, 0.010};

    private final Rand rand;
    private final Amounts amounts;

    CaseOutcomeModel(Rand rand, Amounts amounts) {
        this.rand = rand;
        this.amounts = amounts;
    }

    void decide(CaseDraft d) {
        d.category = amounts.category();
        d.applied = amounts.applied(d.category);
        d.method = method(d.type, d.quality);
        d.delivered = Math.round(d.applied * deliveredShare(d.method));
        decideProperty(d);
        d.closingDay = d.filedDay + duration(d);
        // 终本 requires more than three months since filing (法〔2016〕373号 第一条第（四）项): a strong court's short
        // 终本 waits for the day after the mark, as courts do
        if (d.method == ClosingMethod.TERMINATED_THIS_ROUND) {
            d.closeNoEarlierThan(StatutoryPeriod.plusMonths(d.filedDay, THREE_MONTHS) + 1);
        }
    }

    /** A better court turns some would-be 终本 into 执行完毕 (the weights keep their total). */
    private ClosingMethod method(CaseType type, double quality) {
        double[] w = type == CaseType.RESUMED_ENFORCEMENT ? RESUMED : FIRST;
        double shift = 0.3 * (quality - 1);
        double x = rand.unit();
        for (int i = 0; i < w.length; i++) {
            x -= w[i] + (i == 0 ? shift : i == 1 ? -shift : 0);
            if (x < 0) return METHODS[i];
        }
        return METHODS[METHODS.length - 1];
    }

    /** 执行完毕 ≈ 95–100% delivered, 终本 usually nothing or a small part. */
    private double deliveredShare(ClosingMethod m) {
        return switch (m) {
            case FULFILLED -> rand.chance(0.85) ? 1.0 : rand.uniform(0.9, 1.0);
            case SETTLEMENT_FULFILLED -> rand.uniform(0.5, 1.0);
            case TERMINATED -> rand.chance(0.6) ? 0 : rand.uniform(0, 0.4);
            case TERMINATED_THIS_ROUND -> rand.chance(0.6) ? 0 : rand.uniform(0, 0.18);
            default -> 0;
        };
    }

    /**
     * Property: always when money came in. Some debtors pay on notice (自动履行) without any property found;
     * auctions go mostly with large claims.
     */
    private void decideProperty(CaseDraft d) {
        boolean paid = d.delivered > 0;
        boolean voluntary = false;
        switch (d.method) {
            case FULFILLED -> {
                d.assets = true;
                voluntary = rand.chance(0.15);
                d.onlineAssets = !voluntary && rand.chance(0.95);
            }
            case SETTLEMENT_FULFILLED -> {
                d.assets = true;
                d.onlineAssets = rand.chance(0.5);
            }
            case TERMINATED_THIS_ROUND -> {
                d.assets = paid || rand.chance(0.1);
                d.onlineAssets = d.assets && rand.chance(0.9);
            }
            case TERMINATED -> {
                d.assets = paid || rand.chance(0.3);
                d.onlineAssets = d.assets && rand.chance(0.8);
            }
            default -> {
                d.assets = rand.chance(0.2);
                d.onlineAssets = d.assets && rand.chance(0.8);
            }
        }
        boolean sellable = d.method == ClosingMethod.FULFILLED || d.method == ClosingMethod.TERMINATED_THIS_ROUND;
        d.auction = d.assets && !voluntary && sellable && rand.chance(d.applied > 300_000_00L ? 0.4 : 0.11);
        d.assessment = d.assets && (d.auction ? rand.chance(0.8) : rand.chance(0.08));
    }

    /** Planned days from filing to closing; the step generators may push it later. */
    private int duration(CaseDraft d) {
        double days = switch (d.method) {
            case FULFILLED -> 3 + rand.logNormal(28, 0.75);
            case SETTLEMENT_FULFILLED -> 10 + rand.logNormal(45, 0.6);
            case TERMINATED -> 10 + rand.logNormal(50, 0.7);
            case TERMINATED_THIS_ROUND -> 95 + 150 * Math.pow(rand.unit(), 2.4);
            case WITHDRAWN -> rand.between(3, 60);
            case NOT_ENFORCED -> rand.between(15, 90);
            default -> rand.between(10, 60);
        };
        days *= 1 + 0.5 * (1 - d.quality);
        if (rand.chance(0.03 * (2 - d.quality))) days += rand.between(250, 700);
        return (int) Math.round(days);
    }
}
