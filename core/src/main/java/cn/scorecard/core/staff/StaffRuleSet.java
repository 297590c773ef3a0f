package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A monthly staff-assessment method as data (e.g. 宛法〔2023〕127号), loaded by {@link StaffRuleSets}.
 *
 * @param passMark a month passes at this total or above (等于或高于 90 分)
 * @param accountabilityAfterFails accountability (问责) when a calendar year has more fails than this
 * @param petitionResolutionDays a petition not resolved within this many days counts as 未及时化解
 */
public record StaffRuleSet(String version, String title, String issuer, String source, double passMark,
                           int accountabilityAfterFails, QuarterlyCombination quarterlyCombination,
                           int petitionResolutionDays, List<RuleItem> items, ClerkQuarterlyRule clerkQuarterly,
                           List<VetoCondition> vetoes) {
    public StaffRuleSet {
        items = List.copyOf(items);
        vetoes = List.copyOf(vetoes);
    }

    /** The items a role is assessed on, in the seed's order; empty for roles not assessed. */
    public List<RuleItem> itemsFor(StaffRole role) {
        List<RuleItem> out = new ArrayList<>();
        for (RuleItem i : items) {
            if (i.appliesTo(role)) out.add(i);
        }
        return out;
    }

    /** Roles with at least one item. */
    public Set<StaffRole> assessedRoles() {
        EnumSet<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (RuleItem i : items) roles.addAll(i.roles());
        return roles;
    }

    public RuleItem item(String code) {
        for (RuleItem i : items) {
            if (i.code().equals(code)) return i;
        }
        return null;
    }

    /** The item holding a deduction kind named by its code, name or short name, or null. */
    public RuleItem itemOfKind(String text) {
        for (RuleItem i : items) {
            if (i.rule() instanceof PerOccurrenceRule r && r.kind(text) != null) return i;
        }
        return null;
    }

    /** A deduction kind named by its code, name or short name, or null. */
    public DeductionKind deductionKind(String text) {
        RuleItem i = itemOfKind(text);
        return i == null ? null : ((PerOccurrenceRule) i.rule()).kind(text);
    }

    /** A veto condition named by its code, wording or short name, or null. */
    public VetoCondition veto(String text) {
        for (VetoCondition v : vetoes) {
            if (v.isNamedBy(text)) return v;
        }
        return null;
    }

    /** The veto condition raised by a kind of record, or null when none is. */
    public VetoCondition vetoDerivedFrom(VetoCondition.Derivation derivation) {
        for (VetoCondition v : vetoes) {
            if (v.derivedFrom().contains(derivation)) return v;
        }
        return null;
    }

    /** How the pages name the rule set: its document number (宛法〔2023〕127号), else its title, else its id. */
    public String label() {
        if (source != null && !source.isBlank()) return source;
        return title != null && !title.isBlank() ? title : version;
    }
}
