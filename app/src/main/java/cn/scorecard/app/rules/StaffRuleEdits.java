package cn.scorecard.app.rules;

import cn.scorecard.app.audit.AuditLog;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.platform.StaffInputsSource;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.rules.RuleVersion;
import cn.scorecard.app.web.Formats;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.rulebook.Assignment;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.PersonResult;
import cn.scorecard.core.staff.StaffAssessor;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSetException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * New staff rule-set versions (an uploaded YAML file, checked like the bundled one), their preview on a court's
 * month, and their assignment to a court from a month on (activating the version first if needed); audited.
 */
@Service
class StaffRuleEdits {
    private final RuleBookService book;
    private final AuditLog audit;
    private final ProvinceSource province;
    private final StaffInputsSource inputs;

    StaffRuleEdits(RuleBookService book, AuditLog audit, ProvinceSource province, StaffInputsSource inputs) {
        this.book = book;
        this.audit = audit;
        this.province = province;
        this.inputs = inputs;
    }

    StaffRuleSet upload(String fileName, String text, LocalDate from, String court, String actor) {
        if (from == null) throw new RuleEditException(Messages.text("rules.node.version"), "effectiveFrom", Messages.text("rules.error.noFrom"));
        StaffRuleSet rules;
        try {
            rules = book.saveStaffRules(text, fileName, from, null, null, Messages.text("rules.staff.uploadedNote"), actor);
        } catch (StaffRuleSetException e) {
            throw new RuleEditException(fileName, null, String.join("；", e.problems()));
        } catch (IllegalStateException e) {
            throw new RuleEditException("version", "version", e.getMessage());
        }
        audit.record(actor, Messages.text("rules.audit.staffCreated"), "rule_version", "STAFF_RULES/" + rules.version(),
                blankToNull(court), null, Messages.text("rules.audit.staffCreatedDetail", rules.label(), rules.version(), Formats.date(from)));
        return rules;
    }

    /** Puts the version in force (once) and assigns it to the court ('' = every court) from the month on. */
    void assign(String version, String court, YearMonth from, String actor) {
        var edition = book.edition(RuleVersion.Kind.STAFF_RULES, version)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("rules.error.unknownStaffRules", version)));
        String target = court == null ? Assignment.EVERY_COURT : court;
        String before = book.staffVersionFor(target, from);
        if (!edition.active()) book.activate(RuleVersion.Kind.STAFF_RULES, version, actor);
        book.assign(target, from, version, actor);
        String month = String.valueOf(from);
        audit.record(actor, Messages.text("rules.audit.staffAssigned"), "staff_rule_assignment",
                (target.isEmpty() ? Messages.text("rules.everyCourt") : target) + "/" + month, blankToNull(target),
                Messages.text("rules.audit.inForce", month, before), Messages.text("rules.audit.staffInForce", month, version, edition.title()));
    }

    /** One person's total and rank (within court and role) under the court's current rule set and the proposed one. */
    record Row(String staffId, String name, String role, Double current, Integer currentRank, Double proposed,
               Integer proposedRank) {
    }

    List<Row> preview(String version, String court, YearMonth month) {
        StaffRuleSet proposed = book.staffRules(version)
                .orElseThrow(() -> new IllegalArgumentException(Messages.text("rules.error.unknownStaffRules", version)));
        var data = province.current();
        int c = data.courts().indexOf(court);
        if (c < 0) throw new IllegalArgumentException(Messages.text("rules.error.noCourt", court));
        MonthlyAssessment now = new StaffAssessor(data, book::staffRulesFor, inputs.current()).assess(month);
        MonthlyAssessment then = new StaffAssessor(data, (k, m) -> k.equals(court) ? proposed : book.staffRulesFor(k, m),
                inputs.current()).assess(month);
        List<Row> out = new ArrayList<>();
        Map<String, PersonResult> after = new java.util.HashMap<>();
        for (PersonResult p : then.people()) after.put(p.staffId(), p);
        for (PersonResult p : now.people()) {
            if (p.court() != c) continue;
            PersonResult q = after.get(p.staffId());
            out.add(new Row(p.staffId(), p.name(), p.role().label(), p.total(), p.rank(), q == null ? null : q.total(),
                    q == null ? null : q.rank()));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
