package cn.scorecard.core.data;

import cn.scorecard.core.calendar.WorkCalendar;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.court.Courts;
import java.util.List;
import java.util.Map;

/**
 * Everything an evaluation reads: the courts, their staff and cases with steps, and the records that are
 * not cases. Court and staff references are indexes into {@link #courts()} and {@link #staff()}; case
 * references are rows of {@link #cases()}.
 */
public record ProvinceData(WorkCalendar calendar,
                           Courts courts,
                           List<StaffMember> staff,
                           CaseTable cases,
                           List<Payment> payments,
                           List<FieldAction> fieldActions,
                           List<Petition> petitions,
                           List<Matter> matters,
                           List<StateCompensation> compensations,
                           List<Discipline> disciplines,
                           List<EvidenceRecord> evidence,
                           List<CourtStatistic> statistics,
                           Map<Integer, TerminationOverride> terminationOverrides) {

    /** A court statistic for a year, or null. */
    public Double statistic(int court, int year, StatisticItem item) {
        for (CourtStatistic s : statistics) {
            if (s.court() == court && s.year() == year && s.item() == item) return s.value();
        }
        return null;
    }

    /** The evidence for an indicator of a court and year, or null. */
    public EvidenceRecord evidenceFor(int court, int year, String indicatorCode) {
        EvidenceRecord found = null;
        for (EvidenceRecord e : evidence) {
            if (e.court() == court && e.year() == year && e.indicatorCode().equals(indicatorCode)) found = e;
        }
        return found;
    }
}
