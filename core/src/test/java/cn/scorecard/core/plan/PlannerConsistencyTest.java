package cn.scorecard.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.evaluation.CourtRecompute;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.testing.TestProvince;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a demo province: the recomputation without changes is the evaluator's result; measuring again only the leaves
 * an action can touch gives the same result as measuring every leaf, and so does the planner's one-case path, for every
 * candidate; and every kind of action is found.
 */
class PlannerConsistencyTest {
    static ProvinceData data;
    static EvaluationResult result;
    static EvaluationContext ctx;
    static int court;
    static Catalog basic = PlanProvinces.CATALOGS.get(CourtLevel.BASIC);
    static final int PLAN_DAY = TestProvince.day("2025-11-20");

    @BeforeAll
    static void province() {
        data = DemoProvince.generate(DemoSpec.defaults(7L).withCases(6_000));
        Period period = Period.year(2025);
        result = new Evaluator(PlanProvinces.REGISTRY).evaluate(data, PlanProvinces.CATALOGS, period);
        ctx = new EvaluationContext(data, period);
        court = result.courts().stream().filter(c -> c.court().level() == CourtLevel.BASIC)
                .max((a, b) -> Integer.compare(size(a), size(b))).orElseThrow().courtIndex();
    }

    static int size(CourtResult c) {
        return data.cases().courtEnd(c.courtIndex()) - data.cases().courtStart(c.courtIndex());
    }

    @Test
    void withoutChangesTheRecomputationIsTheEvaluation() {
        CourtRecompute r = new CourtRecompute(PlanProvinces.REGISTRY, basic, result, ctx, court);
        CourtResult same = r.recompute(new Hypothesis(ctx).context(), m -> true);
        assertThat(same.total()).isCloseTo(result.courts().get(court).total(), within(1e-9));
        assertThat(NodeChange.between(result.courts().get(court).areas(), same.areas(), false)).isEmpty();
    }

    @Test
    void measuringOnlyWhatAnActionTouchesGivesTheFullResult() {
        CourtRecompute r = new CourtRecompute(PlanProvinces.REGISTRY, basic, result, ctx, court);
        MetricReads reads = new MetricReads(r.base());
        Hypothesis h = new Hypothesis(ctx);
        List<Action> all = Candidates.of(ctx, DeadlineRules.bundled(), court, PLAN_DAY, ctx.periodEnd());
        EnumSet<ActionKind> kinds = EnumSet.noneOf(ActionKind.class);
        int tried = 0;
        boolean termination = false;
        for (Action a : all) {
            kinds.add(a.kind());
            termination |= a.method() == ClosingMethod.TERMINATED_THIS_ROUND;
            h.apply(a);
            CourtResult touched = r.recompute(h.context(), reads.touchedBy(List.of(a)));
            CourtResult full = r.recompute(h.context(), m -> true);
            CourtResult oneCase = Planner.trial(r, reads, h, a);
            h.reset();
            assertThat(NodeChange.between(full.areas(), touched.areas(), false)).as(a.id()).isEmpty();
            // the planner's path (one case's part added to the court's sums) gives the same values and scores
            assertThat(NodeChange.between(full.areas(), oneCase.areas(), false)).as(a.id()).allMatch(c ->
                    Math.abs((c.newValue() == null ? 0 : c.newValue()) - (c.oldValue() == null ? 0 : c.oldValue())) < 1e-9
                            && Math.abs((c.newScore() == null ? 0 : c.newScore()) - (c.oldScore() == null ? 0 : c.oldScore())) < 1e-9);
            assertThat(oneCase.total()).as(a.id()).isCloseTo(full.total(), within(1e-9));
            tried++;
        }
        assertThat(tried).isEqualTo(all.size()).isGreaterThan(30);
        // every candidate kind is compared: 执行完毕 and 终本 closings, steps, payment releases
        assertThat(kinds).contains(ActionKind.CLOSE_CASE, ActionKind.DO_STEP, ActionKind.RELEASE_PAYMENT);
        assertThat(termination).isTrue();
    }

    @Test
    void everyListedActionRaisesTheTotalAndTheDataStaysAsItWas() {
        double before = result.courts().get(court).total();
        Plan plan = new Planner(PlanProvinces.REGISTRY, DeadlineRules.bundled()).plan(basic, result, ctx, court, PLAN_DAY,
                ctx.periodEnd());
        assertThat(plan.actions()).isNotEmpty().allMatch(p -> p.gain() > 0);
        assertThat(plan.actions()).allMatch(p -> p.action().deadlineDay() >= PLAN_DAY);
        EvaluationResult again = new Evaluator(PlanProvinces.REGISTRY).evaluate(data, PlanProvinces.CATALOGS, Period.year(2025));
        assertThat(again.courts().get(court).total()).isEqualTo(before);
        // the gains of single actions, applied together, are recomputed together (not added up)
        List<Action> ten = plan.actions().stream().limit(10).map(PlannedAction::action).toList();
        WhatIf.Outcome o = new WhatIf(PlanProvinces.REGISTRY).apply(basic, result, ctx, court, ten);
        assertThat(o.gain()).isPositive();
        // the ids read back as the same actions, and what-if of one action alone is its planned gain
        List<Action> back = ActionIds.parse(ten.stream().map(Action::id).toList(), ctx, court);
        for (int i = 0; i < ten.size(); i++) {
            assertThat(back.get(i).id()).isEqualTo(ten.get(i).id());
            assertThat(back.get(i).record()).isEqualTo(ten.get(i).record());
        }
        WhatIf.Outcome first = new WhatIf(PlanProvinces.REGISTRY).apply(basic, result, ctx, court, back.subList(0, 1));
        assertThat(first.gain()).isCloseTo(plan.actions().get(0).gain(), within(1e-9));
        assertThat(new WhatIf(PlanProvinces.REGISTRY).apply(basic, result, ctx, court, back).gain())
                .isCloseTo(o.gain(), within(1e-9));
    }
}
