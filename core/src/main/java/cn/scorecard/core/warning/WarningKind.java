package cn.scorecard.core.warning;

import cn.scorecard.core.deadline.Horizon;

/**
 * One kind of warning: a node deadline of {@code rules/deadlines.yaml} (by its id), 执行款发放, 法定期限 or
 * 超12个月未结, with the horizon in force for it.
 */
public record WarningKind(String id, String name, Horizon horizon) {
    /** The name up to the first colon (网络查询及时性：收到案件之日起… → 网络查询及时性), for narrow columns. */
    public String shortName() {
        int colon = name.indexOf('：');
        return colon > 0 ? name.substring(0, colon) : name;
    }
}
