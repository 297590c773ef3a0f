package cn.scorecard.core.demo;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import java.util.Arrays;

/**
 * 执行款: the delivered amount arrives in one to three payments (the last one the auction proceeds) and is
 * released within a month for most; a late release is approved by the leader about half of the time.
 * Money paid straight to the applicant (common in settlements) leaves no payment record.
 */
final class MoneySteps {
    private final Rand rand;
    private final Clock clock;
    private final int[] days = new int[3];
    private final long[] parts = new long[3];

    MoneySteps(Rand rand, Clock clock) {
        this.rand = rand;
        this.clock = clock;
    }

    /** Records payments; returns the last release day, or NONE when no money went through the court. */
    int generate(CaseDraft d, int readyDay) {
        if (d.delivered <= 0 || !rand.chance(throughCourt(d.method))) return Times.NONE;
        int n = paymentCount(d);
        split(d.delivered, n);
        arrivals(d, readyDay, n);
        deductionDisposal(d);
        int last = Times.NONE;
        for (int i = 0; i < n; i++) {
            boolean lateRelease = clock.late(0.10, d.quality);
            int lag = lateRelease ? rand.between(31, 90) : rand.between(2, rand.chance(0.8) ? 20 : 30);
            int arrived = clock.at(days[i]);
            int released = clock.atAfter(days[i] + lag, arrived);
            d.payment(arrived, released, lateRelease && rand.chance(0.5), parts[i]);
            last = Math.max(last, Clock.dayOf(released));
        }
        return last;
    }

    /** One to three instalments; after an auction the proceeds and perhaps earlier frozen money. */
    private int paymentCount(CaseDraft d) {
        if (d.auction) return rand.chance(0.3) ? 2 : 1;
        return 1 + (rand.chance(0.4) ? 1 : 0) + (rand.chance(0.25) ? 1 : 0);
    }

    private static double throughCourt(ClosingMethod m) {
        return switch (m) {
            case FULFILLED -> 0.9;
            case SETTLEMENT_FULFILLED -> 0.45;
            default -> 0.8;
        };
    }

    /**
     * Arrival days in order. After an auction the proceeds (on {@code readyDay}) come last, earlier money
     * from frozen accounts; otherwise money arrives between the control and the planned closing.
     */
    private void arrivals(CaseDraft d, int readyDay, int n) {
        if (d.auction) {
            int from = d.filedDay + 3;
            for (int i = 0; i < n - 1; i++) days[i] = rand.between(from, Math.max(from, readyDay - 1));
            days[n - 1] = readyDay;
        } else {
            int from = readyDay + 1;
            int to = Math.max(from, d.closingDay - 3);
            for (int i = 0; i < n; i++) days[i] = rand.between(from, to);
        }
        Arrays.sort(days, 0, n);
    }

    /** Money taken from a frozen account (扣划) is a disposal: 财产处分 and its ruling served to the debtor. */
    private void deductionDisposal(CaseDraft d) {
        if (d.auction || !d.onlineAssets) return;
        int day = days[0];
        d.step(StepType.DISPOSAL, clock.at(day));
        if (rand.chance(0.88)) d.step(StepType.DISPOSAL_RULING_SERVED, clock.atWork(day + rand.between(1, 7)));
    }

    private void split(long total, int n) {
        long left = total;
        for (int i = 0; i < n - 1; i++) {
            parts[i] = Math.round(left * rand.uniform(0.2, 0.6));
            left -= parts[i];
        }
        parts[n - 1] = left;
    }
}
