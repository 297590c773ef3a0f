package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import java.util.ArrayList;
import java.util.List;

/**
 * 信访: about one petition per 200 implementation cases (more at weaker courts), registered while the case
 * runs or shortly after it closes. About 10% come assigned by the Supreme People's Court (最高法院交办);
 * ~90% are concluded, ~40% resolved (化解), a few go to Beijing (进京访); some are caused by irregular
 * enforcement and name the handling judge.
 */
final class PetitionGenerator {
    private final Rand rand;
    private final int cutoffDay;
    private final int startYear;
    private final int years;
    private final List<Petition> out = new ArrayList<>();

    PetitionGenerator(Rand rand, DemoSpec spec) {
        this.rand = rand;
        this.cutoffDay = Times.day(spec.evaluationEnd());
        this.startYear = spec.startYear();
        this.years = spec.evaluationEnd().getYear() - startYear + 1;
    }

    List<Petition> generate(DemoCourts courts, CaseTable cases) {
        for (int c = 0; c < courts.count(); c++) {
            int[] sequence = new int[years];
            double rate = 0.005 * (2 - courts.quality()[c]);
            for (int r = cases.courtStart(c); r < cases.courtEnd(c); r++) {
                if (!cases.type(r).isImplementation() || !rand.chance(rate)) continue;
                petition(courts, cases, c, r, sequence);
                // petitions without a case number: complaints about enforcement in general
                if (rand.chance(0.15)) petition(courts, cases, c, -1, sequence);
            }
        }
        return out;
    }

    private void petition(DemoCourts courts, CaseTable cases, int court, int row, int[] sequence) {
        int base = cases.filed(row >= 0 ? row : randomRow(cases, court));
        int end = row >= 0 && cases.isClosed(row) ? cases.closed(row) + 60 : cutoffDay - 15;
        int day = base + rand.between(15, Math.max(15, end - base));
        if (day > cutoffDay) return;
        int year = Times.date(day).getYear();
        String id = "XF" + year + "-" + String.format("%04d", ++sequence[year - startYear]);
        boolean assigned = rand.chance(0.1);
        double quality = courts.quality()[court];
        int concluded = rand.chance(Math.min(0.995, 0.97 * quality)) ? day + rand.between(2, 25) : Times.NONE;
        if (concluded != Times.NONE && concluded > cutoffDay) concluded = Times.NONE;
        boolean resolved = concluded != Times.NONE && rand.chance(Math.min(0.9, 0.5 * quality));
        boolean misconduct = row >= 0 && rand.chance(0.08 * (2 - quality));
        int staff = misconduct ? cases.judge(row) : -1;
        out.add(new Petition(id, court, row >= 0 ? cases.number(row) : null, day,
                assigned ? PetitionSource.SPC_ASSIGNED : PetitionSource.LOCAL, rand.chance(assigned ? 0.2 : 0.01),
                concluded, resolved, misconduct, staff));
    }

    private int randomRow(CaseTable cases, int court) {
        return cases.courtStart(court) + rand.index(cases.courtEnd(court) - cases.courtStart(court));
    }
}
