package cn.scorecard.core.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The court-level veto of the 2018 revision: a court that misses one of the three 90% targets (the first three core
 * values) is vetoed. Applied only where a catalog's settings enable it; a target with nothing to measure is no miss.
 */
final class CoreVeto {
    private CoreVeto() {
    }

    /** Why the court is vetoed, or null when it is not. */
    static String reason(List<CoreIndicators.CoreValue> core) {
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3 && i < core.size(); i++) {
            CoreIndicators.CoreValue v = core.get(i);
            if (Boolean.FALSE.equals(v.met())) {
                missed.add(v.label() + " " + String.format("%.1f%%", v.value() * 100) + "，未达到 "
                        + String.format("%.0f%%", v.target() * 100));
            }
        }
        return missed.isEmpty() ? null : "一票否决：" + String.join("；", missed);
    }
}
