package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffRole;
import java.util.Set;

/**
 * One assessment item (考核指标).
 *
 * @param code the seed's numbering: 一.1 … 一.6 (共性指标), 二.1 … 二.6 (员额法官、辅助人员), 三.1 … 三.5 (书记员)
 * @param group the seed's heading of the item's group
 * @param text the seed's wording of the item, in full
 * @param roles who is assessed on it
 * @param bonusCap the most bonus the item gives, null = uncapped (the seed caps none)
 */
public record RuleItem(String code, String group, String name, String text, double points, Set<StaffRole> roles,
                       Double bonusCap, ItemRule rule) {
    public RuleItem {
        roles = Set.copyOf(roles);
    }

    public boolean appliesTo(StaffRole role) {
        return roles.contains(role);
    }
}
