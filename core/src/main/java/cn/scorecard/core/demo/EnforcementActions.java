package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;

/**
 * The rarer events of an implementation case: sanctions against debtors who refuse (罚款, 拘留, 移送拒执罪),
 * field actions (强制腾空、搜查) filmed with a body camera, referral to bankruptcy examination (执转破),
 * suspensions (中止, deducted) and approved extensions (延长期限).
 */
final class EnforcementActions {
    private final Rand rand;
    private final Clock clock;

    EnforcementActions(Rand rand, Clock clock) {
        this.rand = rand;
        this.clock = clock;
    }

    void generate(CaseDraft d) {
        int days = Math.max(1, d.duration());
        if (rand.chance(0.015)) d.step(StepType.FINE, duringCase(d, days));
        if (rand.chance(0.008)) d.step(StepType.DETENTION, duringCase(d, days));
        if (rand.chance(0.0015)) d.step(StepType.CRIMINAL_REFERRAL, duringCase(d, days));
        if (rand.chance(0.03)) fieldActions(d, days);
        if (d.method == ClosingMethod.TERMINATED && rand.chance(0.02 * d.quality * d.quality)) bankruptcy(d, days);
        if (rand.chance(0.02)) {
            int start = d.filedDay + rand.between(10, Math.max(10, days));
            d.deduction(start, start + rand.between(30, 120), "中止");
        }
        if (days > 180 && d.assets && !d.has(CaseFlag.ONLINE_AUCTION) && rand.chance(0.25)) {
            d.extensionDays = rand.between(30, 90);
        }
    }

    private int duringCase(CaseDraft d, int days) {
        return clock.at(d.filedDay + rand.between(10, Math.max(10, days)));
    }

    /** Body camera used ~90% of the time, footage archived for ~85% of all actions. */
    private void fieldActions(CaseDraft d, int days) {
        int n = rand.chance(0.2) ? 2 : 1;
        for (int i = 0; i < n; i++) {
            boolean recorder = rand.chance(0.9);
            d.fieldAction(duringCase(d, days), recorder, recorder && rand.chance(0.94));
        }
    }

    /** 移送破产审查 ends the case as 终结执行; the bankruptcy court accepts most referrals later. */
    private void bankruptcy(CaseDraft d, int days) {
        int referral = d.filedDay + rand.between(Math.min(20, days - 1), Math.max(0, days - 1));
        d.step(StepType.BANKRUPTCY_REFERRAL, clock.at(referral));
        if (rand.chance(0.6)) d.step(StepType.BANKRUPTCY_ACCEPTED, clock.at(referral + rand.between(15, 60)));
    }
}
