package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/**
 * Preservation (执保) and the review-type cases (执异, 执复, 执监, 执协, 执请, 执他). A preservation is started
 * (online search) within 5 days for most and closes within weeks once the property is frozen. Review
 * cases simply conclude (结案) after a type-specific time; most decisions are published.
 */
final class OtherCases {
    private static final int HOUR = 60;
    private static final int DAY = Times.MINUTES_PER_DAY;

    private final Rand rand;
    private final Clock clock;
    private final Amounts amounts;

    OtherCases(Rand rand, Clock clock) {
        this.rand = rand;
        this.clock = clock;
        this.amounts = new Amounts(rand);
    }

    void preservation(CaseDraft d) {
        d.category = rand.chance(0.9) ? CaseCategory.CIVIL_COMMERCIAL : CaseCategory.ARBITRATION;
        d.applied = amounts.applied(d.category);
        d.delivered = 0;
        d.method = rand.chance(0.95) ? ClosingMethod.FULFILLED : ClosingMethod.WITHDRAWN;
        int last = d.filedDay;
        if (!rand.chance(0.05)) {
            int offset = clock.delay(d, 0.10, 0, 5, 6, 12);
            int search = clock.at(d.filedDay + offset);
            d.step(StepType.ONLINE_SEARCH_START, search);
            last = Clock.dayOf(search);
            if (rand.chance(0.75)) last = frozen(d, search);
        }
        int planned = d.filedDay + (int) (3 + rand.logNormal(12, 0.6) / d.quality);
        d.closingDay = Math.max(last + rand.between(1, 10), planned);
    }

    /** Property found and frozen online (48 hours for most); returns the day of the last step. */
    private int frozen(CaseDraft d, int search) {
        int found = search + rand.between(0, 3) * DAY + rand.between(HOUR, 6 * HOUR);
        d.step(StepType.ONLINE_PROPERTY_FOUND, found);
        int control = found + clock.delay(d, 0.08, 10, 47 * HOUR, 49 * HOUR, 7 * DAY);
        d.step(StepType.ONLINE_CONTROL, control);
        int day = Clock.dayOf(control);
        if (rand.chance(0.85)) {
            day += rand.between(1, 7);
            d.step(StepType.CONTROL_RULING_SERVED, clock.atWork(day));
        }
        return day;
    }

    void review(CaseDraft d) {
        d.category = amounts.category();
        d.method = ClosingMethod.CONCLUDED;
        double days = switch (d.type) {
            case OBJECTION -> 10 + rand.logNormal(25, 0.5);
            case REVIEW -> 20 + rand.logNormal(40, 0.5);
            case SUPERVISION -> 20 + rand.logNormal(70, 0.6);
            case COORDINATION -> 15 + rand.logNormal(50, 0.7);
            case REQUEST -> 15 + rand.logNormal(40, 0.5);
            default -> 5 + rand.logNormal(30, 0.8);
        };
        if (rand.chance(0.04 * (2 - d.quality))) days += rand.between(100, 400);
        d.closingDay = d.filedDay + (int) Math.round(days / d.quality);
        if (!clock.late(0.12, d.quality)) {
            d.step(StepType.DOCUMENT_PUBLISHED, clock.at(d.closingDay + rand.between(1, 30)));
        }
    }
}
