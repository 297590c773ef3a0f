package cn.scorecard.core.io;

import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;
import cn.scorecard.core.staff.StaffRulesByCourt;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The vocabularies that come from rules rather than from the format, which the reader checks values against:
 * the indicator codes of the catalogs (佐证材料 指标代码) and the staff rule set (考核事件 事件类型, 一票否决 否决事由,
 * the parts of 书记员季度考评, who is assessed).
 */
public record ReadRules(IndicatorCodes indicators, StaffRuleSet staffRules, StaffRulesByCourt byCourt) {
    /** One staff rule set for every person. */
    public ReadRules(IndicatorCodes indicators, StaffRuleSet staffRules) {
        this(indicators, staffRules, null);
    }

    /** The rule set a person's record is checked against: the one of the person's court on the record's day. */
    public StaffRuleSet staffRules(String court, LocalDate day) {
        if (byCourt == null || court == null) return staffRules;
        return byCourt.rulesFor(court, YearMonth.from(day == null ? LocalDate.now() : day));
    }

    /** The bundled catalogs, each court's staff rules from {@code byCourt} ({@code fallback} for unknown people). */
    public static ReadRules byCourt(StaffRuleSet fallback, StaffRulesByCourt byCourt) {
        return new ReadRules(IndicatorCodes.bundled(), fallback, byCourt);
    }

    /** The bundled catalogs and the bundled staff rule set. */
    public static ReadRules bundled() {
        return new ReadRules(IndicatorCodes.bundled(), StaffRuleSets.bundled());
    }

    /** The bundled catalogs with the given staff rule set. */
    public static ReadRules withStaffRules(StaffRuleSet staffRules) {
        return new ReadRules(IndicatorCodes.bundled(), staffRules);
    }
}
