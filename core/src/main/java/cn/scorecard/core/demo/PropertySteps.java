package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/**
 * The property chain of an implementation case: notices, online search (网络查控) within 5 days for most,
 * control within 48 hours online or 10 work days offline, then for some cases assessment (评估) and
 * auction (拍卖, ~90% online). Each deadline of the index system is met by most cases and missed by a
 * few, more often at weaker courts.
 */
final class PropertySteps {
    private static final int HOUR = 60;
    private static final int DAY = Times.MINUTES_PER_DAY;

    private final Rand rand;
    private final Clock clock;

    PropertySteps(Rand rand, Clock clock) {
        this.rand = rand;
        this.clock = clock;
    }

    /** Records the chain; returns the day of its last event (the property sold, controlled or searched). */
    int generate(CaseDraft d) {
        int searched = notices(d);
        int ready = searched == Times.NONE ? d.filedDay : Clock.dayOf(searched);
        if (d.assets) ready = Math.max(ready, control(d, searched));
        if (d.assessment) ready = assessment(d, ready);
        if (d.auction) ready = auction(d, ready);
        return ready;
    }

    /** 执行通知, 报告财产令 within 0–3 days, and the online search; returns the search minute or NONE. */
    private int notices(CaseDraft d) {
        if (clock.recorded(d, StepType.EXECUTION_NOTICE, 0.03)) {
            d.step(StepType.EXECUTION_NOTICE, clock.at(d.filedDay + early(3)));
        }
        if (clock.recorded(d, StepType.PROPERTY_REPORT_ORDER, 0.05)) {
            d.step(StepType.PROPERTY_REPORT_ORDER, clock.at(d.filedDay + early(3)));
        }
        if (!clock.recorded(d, StepType.ONLINE_SEARCH_START, 0.02)) return Times.NONE;
        // late searches mostly at 6–10 days, some much later
        int offset = clock.late(0.10, d.quality) ? rand.between(6, rand.chance(0.8) ? 10 : 20) : early(5);
        int minute = clock.at(d.filedDay + offset);
        d.step(StepType.ONLINE_SEARCH_START, minute);
        return minute;
    }

    /** Mostly the same or next day, otherwise up to {@code max} days. */
    private int early(int max) {
        return rand.chance(0.7) ? rand.between(0, 1) : rand.between(0, max);
    }

    /** Online and offline control; returns the day the property is under control. */
    private int control(CaseDraft d, int searched) {
        int base = searched == Times.NONE ? clock.at(d.filedDay + rand.between(3, 15)) : searched;
        int ready = d.filedDay;
        if (d.onlineAssets) {
            int found = base + rand.between(1, 5) * DAY + rand.between(-2 * HOUR, 4 * HOUR);
            d.step(StepType.ONLINE_PROPERTY_FOUND, found);
            ready = Clock.dayOf(found);
            if (rand.chance(0.9)) {
                int control = found + clock.delay(d, 0.10, 10, 47 * HOUR, 49 * HOUR, 10 * DAY);
                d.step(StepType.ONLINE_CONTROL, control);
                rulingServed(d, control);
                ready = Clock.dayOf(control);
            }
        }
        if (rand.chance(d.auction ? 0.85 : 0.25)) ready = Math.max(ready, offlineControl(d));
        return ready;
    }

    private int offlineControl(CaseDraft d) {
        int foundDay = d.filedDay + rand.between(3, 40);
        int found = clock.at(foundDay);
        d.step(StepType.OFFLINE_PROPERTY_FOUND, found);
        boolean remote = rand.chance(0.1);
        if (remote) d.flag(CaseFlag.REMOTE_CONTROL);
        if (rand.chance(0.04)) return foundDay;
        int day = remote ? foundDay + rand.between(5, 40)
                : clock.workDaysAfter(foundDay, clock.delay(d, 0.12, 1, 10, 11, 25));
        int control = clock.atAfter(day, found);
        d.step(StepType.OFFLINE_CONTROL, control);
        rulingServed(d, control);
        return day;
    }

    /** 控制裁定送达 (the seizure ruling sent to the debtor) for most controls. */
    private void rulingServed(CaseDraft d, int control) {
        if (rand.chance(0.9)) {
            d.step(StepType.CONTROL_RULING_SERVED, clock.atWork(Clock.dayOf(control) + rand.between(1, 10)));
        }
    }

    /** 需要评估 → 评估启动 (≤30 days mostly) → 报告收到 → 送达 (≤5 work days mostly); deducted 评估 interval. */
    private int assessment(CaseDraft d, int from) {
        int needDay = from + rand.between(5, 40);
        int need = clock.at(needDay);
        d.step(StepType.ASSESSMENT_NEEDED, need);
        int startDay = needDay + clock.delay(d, 0.10, 0, 30, 31, 60);
        int start = clock.atAfter(startDay, need);
        d.step(StepType.ASSESSMENT_START, start);
        int receivedDay = startDay + rand.between(15, 45);
        d.step(StepType.ASSESSMENT_REPORT_RECEIVED, clock.at(receivedDay));
        int servedDay = clock.workDaysAfter(receivedDay, clock.delay(d, 0.10, 1, 5, 6, 15));
        d.step(StepType.ASSESSMENT_REPORT_SERVED, clock.at(servedDay));
        d.deduction(startDay, receivedDay, "评估");
        return servedDay;
    }

    /** 需要拍卖 → 拍卖启动 (≤30 days mostly, ~90% online) → 成交 → 案款到账; deducted 拍卖 interval. */
    private int auction(CaseDraft d, int from) {
        int needDay = from + (d.assessment ? rand.between(10, 20) : rand.between(10, 40));
        int need = clock.at(needDay);
        d.step(StepType.AUCTION_NEEDED, need);
        int startDay = needDay + clock.delay(d, 0.10, 0, 30, 31, 60);
        d.step(StepType.AUCTION_START, clock.atAfter(startDay, need));
        d.flag(CaseFlag.AUCTION);
        if (rand.chance(0.9)) d.flag(CaseFlag.ONLINE_AUCTION);
        // 30-day notice period, and a second round after 流拍 for a third of the cases
        int endDay = startDay + rand.between(30, 45) + (rand.chance(0.35) ? rand.between(25, 40) : 0);
        d.deduction(startDay, endDay, "拍卖");
        boolean sold = d.method == ClosingMethod.FULFILLED || rand.chance(0.4);
        if (!sold) return endDay;
        d.step(StepType.AUCTION_SOLD, clock.at(endDay));
        int disposalDay = endDay + rand.between(0, 7);
        d.step(StepType.DISPOSAL, clock.at(disposalDay));
        if (rand.chance(0.9)) d.step(StepType.DISPOSAL_RULING_SERVED, clock.atWork(disposalDay + rand.between(1, 7)));
        int proceedsDay = endDay + rand.between(5, 25);
        // a few proceeds never entered: the 拍卖案款到账 entry-error rate
        if (!rand.chance(0.05)) d.step(StepType.AUCTION_PROCEEDS_RECEIVED, clock.at(proceedsDay));
        return proceedsDay;
    }
}
