package cn.scorecard.core.io;

import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;

/**
 * The vocabularies that come from rules rather than from the format, which the reader checks values against:
 * the indicator codes of the catalogs (佐证材料 指标代码) and the staff rule set (考核事件 事件类型, 一票否决 否决事由,
 * the parts of 书记员季度考评, who is assessed).
 */
public record ReadRules(IndicatorCodes indicators, StaffRuleSet staffRules) {
    /** The bundled catalogs and the bundled staff rule set. */
    public static ReadRules bundled() {
        return new ReadRules(IndicatorCodes.bundled(), StaffRuleSets.bundled());
    }

    /** The bundled catalogs with the given staff rule set. */
    public static ReadRules withStaffRules(StaffRuleSet staffRules) {
        return new ReadRules(IndicatorCodes.bundled(), staffRules);
    }
}
