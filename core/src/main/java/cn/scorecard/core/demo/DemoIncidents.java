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
 * concerned where the kind is about a case. The incidents are drawn first; the case of one is found as the
 * cases go by ({@link #observe}, in any order and in any parts): of the cases the officer handled that were filed
 * by the incident's day, the one filed nearest to a drawn day of the half year before it (the smaller case
 * number on a tie).
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
    private final List<StaffInputs.Incident> drawn = new ArrayList<>();
    /** Per staff index: the incidents about one of that officer's cases, still looking for it. */
    private final List<List<Link>> links = new ArrayList<>();

    /** An incident's case: the best one seen so far. */
    private static final class Link {
        final int incident;
        final int day;
        final int target;
        int distance = Integer.MAX_VALUE;
        String number;

        Link(int incident, int day, int target) {
            this.incident = incident;
            this.day = day;
            this.target = target;
        }

        void offer(int filed, String caseNumber) {
            if (filed > day) return;
            int d = Math.abs(filed - target);
            if (d < distance || d == distance && caseNumber.compareTo(number) < 0) {
                distance = d;
                number = caseNumber;
            }
        }
    }

    /** @param data courts and staff (its cases are not read) */
    DemoIncidents(Rand rand, ProvinceData data, StaffRuleSet rules, YearMonth first, YearMonth last) {
        this.rand = rand;
        this.data = data;
        this.rules = rules;
        for (int p = 0; p < data.staff().size(); p++) links.add(null);
        draw(first, last);
    }

    private void draw(YearMonth first, YearMonth last) {
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
                    if (kind.unit().equals("件")) {
                        int d = (int) day.toEpochDay();
                        if (links.get(person) == null) links.set(person, new ArrayList<>());
                        links.get(person).add(new Link(drawn.size(), d, d - rand.between(0, 180)));
                    }
                    int count = kind.unit().equals("份") && rand.chance(0.3) ? 2 : 1;
                    drawn.add(new StaffInputs.Incident(id, person, day, kind.code(), null, count,
                            NOTES.getOrDefault(kind.code(), ""), "考核领导小组办公室"));
                }
            }
        }
    }

    /** Cases (a part or all of them) offered to the incidents about a case of their officers. */
    void observe(CaseTable cases) {
        for (int r = 0; r < cases.size(); r++) {
            offer(cases.judge(r), cases, r);
            if (cases.assistant(r) != cases.judge(r)) offer(cases.assistant(r), cases, r);
            if (cases.clerk(r) != cases.judge(r) && cases.clerk(r) != cases.assistant(r)) offer(cases.clerk(r), cases, r);
        }
    }

    private void offer(int person, CaseTable cases, int row) {
        if (person < 0 || links.get(person) == null) return;
        for (Link l : links.get(person)) l.offer(cases.filed(row), cases.number(row));
    }

    /** The incidents, each about a case with the case found (none when the officer had no case by then). */
    List<StaffInputs.Incident> incidents() {
        List<StaffInputs.Incident> out = new ArrayList<>(drawn);
        for (List<Link> ls : links) {
            if (ls == null) continue;
            for (Link l : ls) {
                StaffInputs.Incident i = out.get(l.incident);
                out.set(l.incident, new StaffInputs.Incident(i.id(), i.staff(), i.day(), i.kindCode(), l.number, i.count(),
                        i.note(), i.recorder()));
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
}
