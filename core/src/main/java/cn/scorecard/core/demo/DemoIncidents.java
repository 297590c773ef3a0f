package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.DeductionKind;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 考核事件 of the demo staff: per court and month 0–3 incidents (about one every two months), each for an
 * officer in post that day, of a kind recorded by hand that applies to the officer's role, with the case
 * concerned where the kind is about a case.
 */
final class DemoIncidents {
    /** Likelier kinds first: duty lapses and late node entries are everyday findings, mass incidents are not. */
    private static final Map<String, Double> WEIGHTS = Map.ofEntries(
            Map.entry("DUTY_NOT_FULFILLED", 4.0), Map.entry("IMPROPER_ENFORCEMENT", 2.0),
            Map.entry("ASSIGNMENT_NOT_IMPLEMENTED", 2.0), Map.entry("CRITICIZED", 0.6),
            Map.entry("MAJOR_MATTER_NOT_REPORTED", 0.5), Map.entry("MASS_INCIDENT", 0.15),
            Map.entry("NODE_MANAGEMENT_LATE", 3.0), Map.entry("ARCHIVE_TRANSFER_LATE", 2.0),
            Map.entry("DOCUMENT_ERROR", 1.5), Map.entry("DOCUMENT_NOT_SERVED", 1.5),
            Map.entry("CLOSURE_NOT_REPORTED", 1.0));
    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("DUTY_NOT_FULFILLED", "执行指挥中心值班期间脱岗"), Map.entry("IMPROPER_ENFORCEMENT", "案件超过三个月未采取执行措施"),
            Map.entry("ASSIGNMENT_NOT_IMPLEMENTED", "院领导交办事项逾期未落实"), Map.entry("CRITICIZED", "被中级法院执行工作通报点名批评"),
            Map.entry("MAJOR_MATTER_NOT_REPORTED", "信访风险未按规定及时上报"), Map.entry("MASS_INCIDENT", "强制腾退引发群众聚集"),
            Map.entry("NODE_MANAGEMENT_LATE", "节点信息录入滞后"), Map.entry("ARCHIVE_TRANSFER_LATE", "结案后卷宗超期未移交"),
            Map.entry("DOCUMENT_ERROR", "执行裁定书当事人信息错误"), Map.entry("DOCUMENT_NOT_SERVED", "执行通知书未按期送达"),
            Map.entry("CLOSURE_NOT_REPORTED", "结案后未及时报结"));
    private static final double[] PER_MONTH = Rand.cumulative(0.6, 0.28, 0.09, 0.03);

    private final Rand rand;
    private final ProvinceData data;
    private final StaffRuleSet rules;

    DemoIncidents(Rand rand, ProvinceData data, StaffRuleSet rules) {
        this.rand = rand;
        this.data = data;
        this.rules = rules;
    }

    List<StaffInputs.Incident> generate(YearMonth first, YearMonth last) {
        List<StaffInputs.Incident> out = new ArrayList<>();
        for (int court = 0; court < data.courts().size(); court++) {
            String code = data.courts().get(court).code();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                int n = rand.pick(PER_MONTH);
                for (int k = 1; k <= n; k++) {
                    LocalDate day = m.atDay(rand.between(1, m.lengthOfMonth()));
                    int person = officerOn(court, day);
                    if (person < 0) continue;
                    DeductionKind kind = kindFor(data.staff().get(person).role());
                    if (kind == null) continue;
                    String id = code + "-" + m.toString().replace("-", "") + "-" + k;
                    String caseNumber = kind.unit().equals("件") ? caseOf(person, day) : null;
                    int count = kind.unit().equals("份") && rand.chance(0.3) ? 2 : 1;
                    out.add(new StaffInputs.Incident(id, person, day, kind.code(), caseNumber, count,
                            NOTES.getOrDefault(kind.code(), ""), "考核领导小组办公室"));
                }
            }
        }
        return out;
    }

    /** A random assessed officer of the court in post on the day, or -1. */
    private int officerOn(int court, LocalDate day) {
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < data.staff().size(); p++) {
            StaffMember s = data.staff().get(p);
            if (s.court() == court && s.activeOn(day) && rules.assessedRoles().contains(s.role())) candidates.add(p);
        }
        return candidates.isEmpty() ? -1 : candidates.get(rand.index(candidates.size()));
    }

    private DeductionKind kindFor(StaffRole role) {
        List<DeductionKind> kinds = DemoStaffInputs.recordedKinds(rules, role);
        if (kinds.isEmpty()) return null;
        double[] weights = new double[kinds.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = WEIGHTS.getOrDefault(kinds.get(i).code(), 1.0);
        return kinds.get(rand.pick(Rand.cumulative(weights)));
    }

    /** A case the officer handled that was filed by the day, or null. */
    private String caseOf(int person, LocalDate day) {
        CaseTable t = data.cases();
        int court = data.staff().get(person).court();
        int limit = (int) day.toEpochDay();
        int from = t.courtStart(court);
        int to = t.courtEnd(court);
        if (to <= from) return null;
        int start = from + rand.index(to - from);
        for (int k = 0; k < to - from; k++) {
            int r = from + (start - from + k) % (to - from);
            boolean handled = t.judge(r) == person || t.assistant(r) == person || t.clerk(r) == person;
            if (handled && t.filed(r) <= limit) return t.number(r);
        }
        return null;
    }
}
