package cn.scorecard.app.platform.rules;

import cn.scorecard.core.staff.StaffRuleSet;
import org.springframework.stereotype.Component;

/**
 * How the pages name a rule set: by its title and document number (《执行工作绩效考核办法》（宛法〔2023〕127号）), never
 * by its file id. Templates call it as {@code @ruleLabels.staff(version)}.
 */
@Component("ruleLabels")
public class RuleLabels {
    private final RuleBookService book;

    RuleLabels(RuleBookService book) {
        this.book = book;
    }

    /** A stored staff rule set's title; the version itself when the rule book does not know it (older results). */
    public String staff(String version) {
        if (version == null) return "";
        StringBuilder out = new StringBuilder();
        for (String v : version.split("、")) {
            if (!out.isEmpty()) out.append("、");
            out.append(book.staffRules(v).map(RuleLabels::of).orElse(v));
        }
        return out.toString();
    }

    /** The title of a rule set at hand (for templates). */
    public String title(StaffRuleSet rules) {
        return of(rules);
    }

    public static String of(StaffRuleSet rules) {
        String title = rules.title() == null || rules.title().isBlank() ? null : "《" + rules.title() + "》";
        String number = rules.source() == null || rules.source().isBlank() ? null : rules.source();
        if (title != null && number != null) return title + "（" + number + "）";
        return title != null ? title : rules.label();
    }
}
