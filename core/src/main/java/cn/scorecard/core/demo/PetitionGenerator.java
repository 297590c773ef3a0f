package cn.scorecard.core.demo;

import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.Petition;
import cn.scorecard.core.data.PetitionSource;
import java.util.ArrayList;
import java.util.List;

/**
 * 信访: about one petition per 200 implementation cases (more at weaker courts), registered while the case
 * runs or shortly after it closes. About 10% come assigned by the Supreme People's Court (最高法院交办);
 * ~90% are concluded, ~40% resolved (化解), a few go to Beijing (进京访); some are caused by irregular
 * enforcement and name the handling judge. Drawn case by case as the cases are generated.
 */
final class PetitionGenerator {
    private final Rand rand;
    private final DemoCourts courts;
    private final int cutoffDay;
    private final int startYear;
    private final int[][] sequence;
    private final List<Petition> out = new ArrayList<>();

    PetitionGenerator(Rand rand, DemoSpec spec, DemoCourts courts) {
        this.rand = rand;
        this.courts = courts;
        this.cutoffDay = Times.day(spec.evaluationEnd());
        this.startYear = spec.startYear();
        this.sequence = new int[courts.count()][spec.evaluationEnd().getYear() - startYear + 1];
    }

    /** A generated case (as of the evaluation day) may bring a petition, and now and then one without a case. */
    void observe(CaseDraft d, String number, int judge) {
        if (!d.type.isImplementation() || !rand.chance(0.005 * (2 - courts.quality()[d.court]))) return;
        int closed = d.closesByCutoff() ? d.closingDay : Times.NONE;
        petition(d.court, d.filedDay, closed, number, judge);
        // petitions without a case number: complaints about enforcement in general
        if (rand.chance(0.15)) petition(d.court, d.filedDay, Times.NONE, null, -1);
    }

    List<Petition> petitions() {
        return out;
    }

    private void petition(int court, int base, int closed, String number, int judge) {
        int end = closed != Times.NONE ? closed + 60 : cutoffDay - 15;
        int day = base + rand.between(15, Math.max(15, end - base));
        if (day > cutoffDay) return;
        int year = Times.date(day).getYear();
        String id = "XF" + year + "-" + String.format("%04d", ++sequence[court][year - startYear]);
        boolean assigned = rand.chance(0.1);
        double quality = courts.quality()[court];
        int concluded = rand.chance(Math.min(0.995, 0.97 * quality)) ? day + rand.between(2, 25) : Times.NONE;
        if (concluded != Times.NONE && concluded > cutoffDay) concluded = Times.NONE;
        boolean resolved = concluded != Times.NONE && rand.chance(Math.min(0.9, 0.5 * quality));
        boolean misconduct = number != null && rand.chance(0.08 * (2 - quality));
        int staff = misconduct ? judge : -1;
        out.add(new Petition(id, court, number, day, assigned ? PetitionSource.SPC_ASSIGNED : PetitionSource.LOCAL,
                rand.chance(assigned ? 0.2 : 0.01), concluded, resolved, misconduct, staff));
    }
}
