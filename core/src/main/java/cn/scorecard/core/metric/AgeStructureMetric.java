package cn.scorecard.core.metric;

import cn.scorecard.core.data.StaffMember;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * 年龄结构: staff with 中央政法编制 in post at the period's end within the age band ÷ all such staff with a birth date.
 * The band (22–50 by the seed) is the declaration's {@code parameters: {minAge, maxAge}} in rules/metrics.yaml.
 */
final class AgeStructureMetric extends DefinedMetric {
    private final int minAge;
    private final int maxAge;

    AgeStructureMetric(MetricDefinition declaration) {
        super(declaration);
        this.minAge = (int) declaration.parameter("minAge");
        this.maxAge = (int) declaration.parameter("maxAge");
    }

    @Override
    public MetricValue compute(EvaluationContext ctx, int court) {
        List<StaffMember> staff = ctx.data().staff();
        LocalDate asOf = ctx.period().end();
        Tally tally = new Tally(RecordKind.STAFF, 0);
        for (int i = 0; i < staff.size(); i++) {
            StaffMember s = staff.get(i);
            if (s.court() != court || !s.politicalEstablishment() || s.birthDate() == null || !s.activeOn(asOf)) {
                continue;
            }
            int age = Period.between(s.birthDate(), asOf).getYears();
            tally.count(i, age >= minAge && age <= maxAge);
        }
        return tally.ratio(minAge + "–" + maxAge + "岁", "中央政法编制人员");
    }

}
