package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;

/**
 * Steps placed once the closing day is known: what a 终本 needs to be compliant (限制消费, 纳入失信,
 * 线下查询, 告知申请人, 下落查找 when the debtor has vanished) — present for most and missing for a few —
 * and the publication of the 终本 ruling after closing; also node notices and the parties' property clues.
 */
final class ClosingSteps {
    private final Rand rand;
    private final Clock clock;

    ClosingSteps(Rand rand, Clock clock) {
        this.rand = rand;
        this.clock = clock;
    }

    void generate(CaseDraft d) {
        int days = Math.max(1, d.duration());
        boolean endOfRound = d.method == ClosingMethod.TERMINATED_THIS_ROUND;
        if (!clock.late(0.07, d.quality)) d.step(StepType.NODE_NOTICE, clock.at(d.filedDay + rand.between(0, 3)));
        restrictions(d, days, endOfRound);
        whereabouts(d, days, endOfRound);
        clues(d, days);
        if (endOfRound) endOfRoundSteps(d, days);
        else if (d.method == ClosingMethod.TERMINATED && rand.chance(0.7)) published(d);
    }

    /** 限制消费 and 纳入失信 for most 终本 cases and for some debtors who did not pay on notice. */
    private void restrictions(CaseDraft d, int days, boolean endOfRound) {
        if (endOfRound ? clock.recorded(d, StepType.CONSUMPTION_RESTRICTION, 0) : rand.chance(0.25)) {
            d.step(StepType.CONSUMPTION_RESTRICTION, clock.at(d.filedDay + rand.between(3, Math.min(60, days))));
        }
        // a debtor who cannot be listed is no gap: the case whose gap is the listing is listable
        if (endOfRound && d.omitted != StepType.DISHONEST_LISTED && rand.chance(0.06)) {
            d.flag(CaseFlag.DISHONEST_NOT_APPLICABLE);
            return;
        }
        if (endOfRound ? !clock.recorded(d, StepType.DISHONEST_LISTED, 0) : !rand.chance(0.12)) return;
        int listedDay = d.filedDay + rand.between(5, Math.min(60, days));
        d.step(StepType.DISHONEST_LISTED, clock.at(listedDay));
        // a wrongly listed debtor is taken off again (撤销): what the 撤销率 indicator counts
        if (clock.late(0.03, d.quality)) {
            d.step(StepType.DISHONEST_REVOKED, clock.at(listedDay + rand.between(10, 200)));
        }
    }

    /** 下落不明: a search for the debtor (下落查找) and usually service by public notice (公告, deducted). */
    private void whereabouts(CaseDraft d, int days, boolean endOfRound) {
        if (!rand.chance(endOfRound ? 0.09 : 0.025)) return;
        d.flag(CaseFlag.WHEREABOUTS_UNKNOWN);
        if (!clock.late(endOfRound ? 0.03 : 0.15, d.quality)) {
            d.step(StepType.WHEREABOUTS_SEARCH, clock.at(d.filedDay + rand.between(5, Math.min(60, days))));
        }
        if (rand.chance(0.5)) {
            int start = d.filedDay + rand.between(10, 40);
            d.deduction(start, start + 59, "公告"); // 公告查找下落不明的被执行人
        }
    }

    /** A clue from the applicant is checked offline within a month for most (传统查询及时性). */
    private void clues(CaseDraft d, int days) {
        if (days < 45 || !rand.chance(0.2)) return;
        int clueDay = d.filedDay + rand.between(5, Math.min(90, days - 35));
        int clue = clock.at(clueDay);
        d.step(StepType.CLUE_PROVIDED, clue);
        // a 终本 whose gap is the offline search checks no clue either
        if (d.omitted == StepType.TRADITIONAL_SEARCH || rand.chance(0.05)) return;
        int offset = clock.delay(d, 0.10, 1, 30, 31, 60);
        d.step(StepType.TRADITIONAL_SEARCH, clock.atAfter(clueDay + offset, clue));
    }

    /** 终本 requirements: a traditional search, the applicant informed before closing, the ruling published. */
    private void endOfRoundSteps(CaseDraft d, int days) {
        if (clock.recorded(d, StepType.TRADITIONAL_SEARCH, 0)) {
            d.step(StepType.TRADITIONAL_SEARCH, clock.at(d.filedDay + rand.between(10, Math.max(10, Math.min(75, days - 10)))));
        }
        if (clock.recorded(d, StepType.APPLICANT_INFORMED, 0)) {
            // told about the search results when they are complete, near the three-month mark, and the ruling
            // follows when the court gets to it: the case waits in the stock of cases ready for 终本 (staff 二.4)
            int day = Math.max(d.filedDay, Math.min(d.closingDay - rand.between(3, 10), d.filedDay + rand.between(70, 100)));
            d.step(StepType.APPLICANT_INFORMED, clock.at(day));
        }
        published(d);
    }

    /** 文书公开 on 中国裁判文书网 within a month of closing for most. */
    private void published(CaseDraft d) {
        if (!clock.late(0.10, d.quality)) {
            d.step(StepType.DOCUMENT_PUBLISHED, clock.at(d.closingDay + rand.between(1, 30)));
        }
    }
}
