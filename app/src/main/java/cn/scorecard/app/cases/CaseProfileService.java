package cn.scorecard.app.cases;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.evaluation.ReasonService;
import cn.scorecard.app.security.CourtScope;
import cn.scorecard.app.security.CurrentUser;
import cn.scorecard.app.staff.StaffAccess;
import cn.scorecard.app.staff.StaffResultService;
import cn.scorecard.app.warning.CaseWarnings;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.cases.CaseTable;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.explain.CaseDeadlines;
import cn.scorecard.core.explain.CaseIndicator;
import cn.scorecard.core.explain.CaseIndicators;
import cn.scorecard.core.explain.CaseTimeline;
import cn.scorecard.core.explain.Reasons;
import cn.scorecard.core.staff.ItemResult;
import cn.scorecard.core.staff.PersonResult;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** Assembles the case page from the data, the live evaluation of the period, the staff assessment and the warnings. */
@Service
class CaseProfileService {
    private final EvaluationService evaluation;
    private final ReasonService reasons;
    private final CourtScope scope;
    private final StaffAccess staffAccess;
    private final StaffResultService staff;
    private final CaseWarnings warnings;
    private final DeadlineRules rules = DeadlineRules.bundled();

    CaseProfileService(EvaluationService evaluation, ReasonService reasons, CourtScope scope, StaffAccess staffAccess,
                       StaffResultService staff, CaseWarnings warnings) {
        this.evaluation = evaluation;
        this.reasons = reasons;
        this.scope = scope;
        this.staffAccess = staffAccess;
        this.staff = staff;
        this.warnings = warnings;
    }

    /** The case's row: 404 for an unknown court or case, 403 for a court outside the user's scope. */
    int require(CurrentUser user, String court, String number) {
        scope.require(user, court);
        ProvinceData d = evaluation.data();
        int c = d.courts().indexOf(court);
        int row = find(d.cases(), c, number);
        if (row < 0 && CaseNumber.isValid(number)) row = find(d.cases(), c, CaseNumber.parse(number).text());
        if (row < 0) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("case.notFound", number));
        return row;
    }

    private static int find(CaseTable t, int court, String number) {
        for (int r = t.courtStart(court), end = t.courtEnd(court); r < end; r++) {
            if (t.number(r).equals(number)) return r;
        }
        return -1;
    }

    CaseProfile profile(CurrentUser user, String court, String number, PeriodParam period) {
        int row = require(user, court, number);
        ProvinceData d = evaluation.data();
        CaseTable t = d.cases();
        Reasons r = reasons.reasons(period.period());
        LocalDate asOf = warnings.asOf();
        int deadlineDay = Math.min(period.period().endDay(), Times.day(asOf));
        List<CaseIndicator> indicators = new ArrayList<>(CaseIndicators.of(evaluation.court(court, period.period()), r, row));
        List<CoreIndicators.CoreValue> core = evaluation.coreIndicators(court, period.period());
        for (int i = 0; i < core.size(); i++) {
            CoreIndicators.CoreValue v = core.get(i);
            String metric = CoreIndicators.METRIC_IDS.get(i);
            indicators.addAll(CaseIndicators.of(Messages.text("records.core") + " " + (i + 1), v.label(), metric,
                    v.explanation(), r, row));
        }
        YearMonth month = staff.defaultMonth();
        return new CaseProfile(court, d.courts().get(t.court(row)).name(), t.number(row), row, period.label(), facts(d, row),
                CaseTimeline.of(r.context(), row), CaseDeadlines.of(r.context(), rules, row, deadlineDay),
                Times.format(deadlineDay), indicators, staffItems(user, d, row, month), month.toString(),
                warnings.of(t.court(row), row), asOf.toString());
    }

    private static List<CaseProfile.Fact> facts(ProvinceData d, int row) {
        CaseTable t = d.cases();
        List<CaseProfile.Fact> out = new ArrayList<>();
        out.add(new CaseProfile.Fact(Messages.text("case.fact.type"), t.type(row).label()));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.filed"), Times.format(t.filed(row))));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.closed"), t.isClosed(row) ? Times.format(t.closed(row)) : Messages.text("case.fact.open")));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.method"), t.method(row) == null ? "—" : t.method(row).label()));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.category"), t.category(row) == null ? "—" : t.category(row).label()));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.applied"), yuan(t.applied(row))));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.delivered"), yuan(t.delivered(row))));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.judge"), name(d, t.judge(row))));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.assistant"), name(d, t.assistant(row))));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.clerk"), name(d, t.clerk(row))));
        List<String> flags = new ArrayList<>();
        if (t.has(row, CaseFlag.ONLINE_AUCTION)) flags.add(Messages.text("case.flag.onlineAuction"));
        if (t.has(row, CaseFlag.WHEREABOUTS_UNKNOWN)) flags.add(Messages.text("case.flag.whereaboutsUnknown"));
        if (t.has(row, CaseFlag.DISHONEST_NOT_APPLICABLE)) flags.add(Messages.text("case.flag.dishonestNotApplicable"));
        if (t.has(row, CaseFlag.REMOTE_CONTROL)) flags.add(Messages.text("case.flag.remoteControl"));
        if (t.has(row, CaseFlag.OUTSIDE_SYSTEM)) flags.add(Messages.text("case.flag.outsideSystem"));
        out.add(new CaseProfile.Fact(Messages.text("case.fact.flags"), flags.isEmpty() ? "—" : String.join(Messages.text("common.listSeparator"), flags)));
        return out;
    }

    /** The items of the case's officers' assessment in the month that name the case, for the officers the user may read. */
    private List<CaseProfile.StaffItem> staffItems(CurrentUser user, ProvinceData d, int row, YearMonth month) {
        CaseTable t = d.cases();
        String number = t.number(row);
        List<CaseProfile.StaffItem> out = new ArrayList<>();
        for (int s : new int[] {t.judge(row), t.assistant(row), t.clerk(row)}) {
            if (s < 0 || s >= d.staff().size()) continue;
            StaffMember m = d.staff().get(s);
            if (!staffAccess.canRead(user, m)) continue;
            PersonResult p = staff.person(m.id(), month).orElse(null);
            if (p == null) continue;
            for (ItemResult item : p.items()) {
                for (cn.scorecard.core.staff.Reason reason : item.reasons()) {
                    if (!reason.refs().contains(number)) continue;
                    out.add(new CaseProfile.StaffItem(m.id(), m.name(), m.role().label(), item.code() + " " + item.name(),
                            reason.rule(), reason.detail(), reason.points()));
                }
            }
        }
        return out;
    }

    private static String name(ProvinceData d, int index) {
        return index < 0 || index >= d.staff().size() ? "—" : d.staff().get(index).name();
    }

    private static String yuan(long fen) {
        return fen < 0 ? "—" : Formats.yuan(fen);
    }
}
