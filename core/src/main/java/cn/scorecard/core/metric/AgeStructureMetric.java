package cn.scorecard.core.metric;

import cn.scorecard.core.data.StaffMember;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** 年龄结构: staff with 中央政法编制 in post at the period's end aged 22–50 ÷ all such staff with a birth date. */
final class AgeStructureMetric extends DefinedMetric {
    static final int MIN_AGE = 22;
    static final int MAX_AGE = 50;

    AgeStructureMetric(MetricDefinition declaration) {
        super(declaration);
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
            tally.count(i, age >= MIN_AGE && age <= MAX_AGE);
        }
        return tally.ratio("22–50岁", "中央政法编制人员");
    }

}
