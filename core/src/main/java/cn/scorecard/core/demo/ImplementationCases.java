package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;

/**
 * An implementation case (执, 执恢) from outcome to steps. The outcome model plans a closing day; the
 * property chain and the money can only push it later (a case is closed after its auction and after the
 * money is released), and the closing steps are then placed around the final day.
 */
final class ImplementationCases {
    /** What a 终本 needs besides the whereabouts search (终本合格 requirements). */
    private static final StepType[] END_OF_ROUND_REQUIREMENTS = {
        StepType.EXECUTION_NOTICE, StepType.PROPERTY_REPORT_ORDER, StepType.ONLINE_SEARCH_START,
        StepType.CONSUMPTION_RESTRICTION, StepType.DISHONEST_LISTED, StepType.TRADITIONAL_SEARCH,
        StepType.APPLICANT_INFORMED
    };

    /**
     * Share of 终本 cases (at an average court; more at weaker ones) that lack one requirement: with the few
     * debtors gone missing and not searched for, about 90% are compliant, courts 86–94% (docs/demo-data.md).
     */
    private static final double END_OF_ROUND_GAP = 0.085;

    private final Rand rand;
    private final Clock clock;
    private final CaseOutcomeModel outcome;
    private final PropertySteps property;
    private final MoneySteps money;
    private final ClosingSteps closing;
    private final EnforcementActions actions;

    ImplementationCases(Rand rand, Clock clock) {
        this.rand = rand;
        this.clock = clock;
        this.outcome = new CaseOutcomeModel(rand, new Amounts(rand));
        this.property = new PropertySteps(rand, clock);
        this.money = new MoneySteps(rand, clock);
        this.closing = new ClosingSteps(rand, clock);
        this.actions = new EnforcementActions(rand, clock);
    }

    void generate(CaseDraft d) {
        outcome.decide(d);
        if (d.method == ClosingMethod.TERMINATED_THIS_ROUND && clock.late(END_OF_ROUND_GAP, d.quality)) {
            d.omitted = END_OF_ROUND_REQUIREMENTS[rand.index(END_OF_ROUND_REQUIREMENTS.length)];
        }
        int ready = property.generate(d);
        int released = money.generate(d, ready);
        pushClosing(d, ready, released);
        closing.generate(d);
        actions.generate(d);
        if (d.quality < 0.9 && rand.chance(0.002)) d.flag(CaseFlag.OUTSIDE_SYSTEM);
        // entry errors: 到位金额 left empty on a closed case
        if (rand.chance(0.015 * (2 - d.quality))) d.deliveredRecorded = false;
    }

    private void pushClosing(CaseDraft d, int ready, int released) {
        ClosingMethod m = d.method;
        if (m == ClosingMethod.FULFILLED || m == ClosingMethod.SETTLEMENT_FULFILLED) {
            d.closeNoEarlierThan(ready + rand.between(3, 15));
            if (released != Times.NONE) d.closeNoEarlierThan(released + rand.between(0, 5));
        } else if (m == ClosingMethod.TERMINATED_THIS_ROUND) {
            d.closeNoEarlierThan(ready + rand.between(10, 30));
        } else {
            d.closeNoEarlierThan(ready + rand.between(3, 20));
        }
    }
}
