package cn.scorecard.core.metric;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Of a court's records (petitions, matters, payments, field actions) in a population, the share that meet a
 * condition. Record ids in the explanation are indexes into the data set's list of that record type.
 */
final class RecordShareMetric<T> extends DefinedMetric {
    private final Function<EvaluationContext, List<T>> records;
    private final BiFunction<EvaluationContext, Integer, int[]> indexesOfCourt;
    private final String populationLabel;
    private final BiPredicate<EvaluationContext, T> population;
    private final String conditionLabel;
    private final BiPredicate<EvaluationContext, T> condition;

    RecordShareMetric(MetricDefinition declaration, Function<EvaluationContext, List<T>> records,
                      BiFunction<EvaluationContext, Integer, int[]> indexesOfCourt,
                      String populationLabel, BiPredicate<EvaluationContext, T> population,
                      String conditionLabel, BiPredicate<EvaluationContext, T> condition) {
        super(declaration);
        this.records = records;
        this.indexesOfCourt = indexesOfCourt;
        this.populationLabel = populationLabel;
        this.population = population;
        this.conditionLabel = conditionLabel;
        this.condition = condition;
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        List<T> list = records.apply(ctx);
        Tally tally = new Tally(declaration().records(), 0);
        for (int i : indexesOfCourt.apply(ctx, court)) {
            T rec = list.get(i);
            if (population.test(ctx, rec)) tally.count(i, condition.test(ctx, rec));
        }
        return tally.ratio(conditionLabel, populationLabel);
    }
}
