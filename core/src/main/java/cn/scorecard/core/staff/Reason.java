package cn.scorecard.core.staff;

import java.util.List;

/**
 * Why an item lost or gained points.
 *
 * @param rule the rule's wording in the seed
 * @param detail how the numbers came about, in Chinese
 * @param count occurrences (件/次/份), or whole percentage points for a reduction rule, or cases short/over
 * @param points signed: negative for a deduction (before the item's cap), positive for a bonus
 * @param refs what is behind the count: case numbers, incident ids (考核事件), petition ids, matter ids
 */
public record Reason(String rule, String detail, int count, double points, List<String> refs) {
    public Reason {
        refs = refs == null ? List.of() : List.copyOf(refs);
    }
}
