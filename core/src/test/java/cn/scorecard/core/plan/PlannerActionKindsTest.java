package cn.scorecard.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.testing.TestProvince;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The action kinds beyond 执行完毕 closings, on B1 of the small province of {@link PlannerTest} (planning on
 * 2025-12-01 for 2025), each gain computed by hand from the leaf's score change and its share of the total.
 */
class PlannerActionKindsTest {
    static final StepType[] TERMINATION_STEPS = {StepType.EXECUTION_NOTICE, StepType.PROPERTY_REPORT_ORDER,
            StepType.CONSUMPTION_RESTRICTION, StepType.DISHONEST_LISTED, StepType.ONLINE_SEARCH_START,
            StepType.TRADITIONAL_SEARCH, StepType.APPLICANT_INFORMED};

    /** Every 终本 condition of rules/termination.yaml met by {@code day}, except {@code missing}. */
    static void termSteps(TestProvince p, int row, String day, StepType missing) {
        for (StepType s : TERMINATION_STEPS) {
            if (s != missing) p.step(row, s, day + " 10:00");
        }
        PlannerTest.noticed(p, row);
    }

    /** The leaf's share of the total: the product of the effective weights from its area down to it. */
    static double share(CourtResult court, String code) {
        double share = 1;
        for (int i = code.indexOf('.'); ; i = code.indexOf('.', i + 1)) {
            String prefix = i < 0 ? code : code.substring(0, i);
            share *= court.find(prefix).effectiveWeight() / 100;
            if (i < 0) return share;
        }
    }

    /**
     * 终本合格率 (B1.09.1, the lowest yearly rate of three years against 90%; 2023 and 2024 have no 终本 case and are
     * skipped): three compliant 终本 closings and one without 线下查询 in 2025 give 3/4 = 75%, score 100 × 0.75 ÷ 0.9 =
     * 83.333333. （2025）江0104执20号, filed 2025-08-15 (more than 3 months before the planning day) with every step
     * done, can be closed by 终本: 4/5 = 80%, score 88.888889, and the total rises by 5.555556 × the leaf's share.
     * （2025）江0104执21号 lacks 告知申请人, so it gets no 终本 closing (only 执行完毕).
     */
    @Test
    void aTerminationClosingWhereTheCaseMeetsEveryCondition() {
        TestProvince p = PlanProvinces.courtsWithEvidence(2025);
        for (int i = 1; i <= 2; i++) PlannerTest.noticed(p, p.addCase("B1", PlannerTest.number(i), "2025-01-10", "2025-05-10", ClosingMethod.FULFILLED));
        for (int i = 3; i <= 6; i++) {
            int r = p.addCase("B1", PlannerTest.number(i), "2025-01-10", "2025-06-10", ClosingMethod.TERMINATED_THIS_ROUND);
            termSteps(p, r, "2025-05-01", i == 6 ? StepType.TRADITIONAL_SEARCH : null);
        }
        termSteps(p, p.addCase("B1", PlannerTest.number(20), "2025-08-15", null, null), "2025-10-01", null);
        termSteps(p, p.addCase("B1", PlannerTest.number(21), "2025-08-15", null, null), "2025-10-01", StepType.APPLICANT_INFORMED);
        PlannerTest.Setup s = PlannerTest.setup(p);
        NodeResult before = s.b1().find("B1.09.1");
        assertThat(before.value()).isCloseTo(0.75, within(1e-12));
        assertThat(before.score()).isCloseTo(100 * 0.75 / 0.9, within(1e-9));

        Plan plan = PlannerTest.plan(s);
        List<PlannedAction> terminations = plan.actions().stream()
                .filter(a -> a.action().method() == ClosingMethod.TERMINATED_THIS_ROUND).toList();
        assertThat(terminations).extracting(a -> a.action().reference()).containsExactly(PlannerTest.number(20));
        PlannedAction t = terminations.get(0);
        assertThat(t.action().id()).isEqualTo("close|" + PlannerTest.number(20) + "|2025-12-01|TERMINATED_THIS_ROUND");
        NodeChange rate = t.changes().stream().filter(c -> c.code().equals("B1.09.1")).findFirst().orElseThrow();
        assertThat(rate.newValue()).isCloseTo(0.8, within(1e-12));
        assertThat(t.changes().stream().filter(c -> NodeChange.differs(c.oldScore(), c.newScore())))
                .extracting(NodeChange::code).containsExactly("B1.09.1");
        double byHand = (100 * 0.8 / 0.9 - 100 * 0.75 / 0.9) * share(s.b1(), "B1.09.1");
        assertThat(t.gain()).isCloseTo(byHand, within(1e-9));
        // the what-if of the same closing agrees
        assertThat(new WhatIf(PlanProvinces.REGISTRY).apply(PlanProvinces.CATALOGS.get(s.b1().court().level()),
                s.result(), s.ctx(), s.court(), List.of(t.action())).gain()).isCloseTo(byHand, within(1e-9));
    }

    /**
     * 执行款发放的及时性 (B1.07.2, a share scored 100 × share): three payments released within the month, one released
     * late without approval, and one received on 2025-11-20 10:00 and not released, due by 2025-12-20 10:00 (before the
     * period's end, so already counted as missed): 3/5 = 60%. Releasing it on 2025-12-01 09:00 makes 4/5 = 80%: the
     * score rises by 20 and the total by 20 × the leaf's share.
     */
    @Test
    void aPaymentReleasedWithinTheMonth() {
        TestProvince p = PlanProvinces.courtsWithEvidence(2025);
        int r = p.addCase("B1", PlannerTest.number(1), "2025-01-10", null, null);
        PlannerTest.noticed(p, r);
        for (int i = 0; i < 3; i++) p.payment(r, "2025-03-0" + (i + 1) + " 10:00", "2025-03-10 10:00", false, 100_00);
        p.payment(r, "2025-04-01 10:00", "2025-06-01 10:00", false, 100_00);
        p.payment(r, "2025-11-20 10:00", null, false, 100_00);
        PlannerTest.Setup s = PlannerTest.setup(p);
        NodeResult before = s.b1().find("B1.07.2");
        assertThat(before.numerator()).isEqualTo(3);
        assertThat(before.denominator()).isEqualTo(5);

        Plan plan = PlannerTest.plan(s);
        PlannedAction release = plan.actions().stream().filter(a -> a.action().kind() == ActionKind.RELEASE_PAYMENT)
                .findFirst().orElseThrow();
        assertThat(release.action().id()).isEqualTo("payment|" + PlannerTest.number(1) + "|2025-11-20T10:00|2025-12-01T09:00");
        assertThat(release.action().deadlineDay()).isEqualTo(TestProvince.day("2025-12-20"));
        NodeChange share = release.changes().stream().filter(c -> c.code().equals("B1.07.2")).findFirst().orElseThrow();
        assertThat(share.oldValue()).isCloseTo(0.6, within(1e-12));
        assertThat(share.newValue()).isCloseTo(0.8, within(1e-12));
        double byHand = 20 * share(s.b1(), "B1.07.2");
        assertThat(release.gain()).isCloseTo(byHand, within(1e-9));
        // read back from its id, the same action
        Action back = ActionIds.parse(release.action().id(), s.ctx(), s.court());
        assertThat(back.record()).isEqualTo(release.action().record());
        assertThat(new WhatIf(PlanProvinces.REGISTRY).apply(PlanProvinces.CATALOGS.get(s.b1().court().level()),
                s.result(), s.ctx(), s.court(), List.of(back)).gain()).isCloseTo(byHand, within(1e-9));
    }
}
