package cn.scorecard.app.plan;

import cn.scorecard.app.web.Formats;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.plan.WhatIf;
import java.util.List;

/** One node that a what-if changes, formatted: value and score before → after. */
public record WhatIfRow(String code, String name, int depth, boolean leaf, String valueBefore, String valueAfter,
                        String scoreBefore, String scoreAfter, Double scoreChange) {
    static List<WhatIfRow> of(WhatIf.Outcome o) {
        return o.changes().stream().map(c -> {
            NodeResult n = o.before().find(c.code());
            return new WhatIfRow(c.code(), c.name(), c.depth(), c.leaf(), c.leaf() ? PlanRow.value(n, c.oldValue()) : "",
                    c.leaf() ? PlanRow.value(n, c.newValue()) : "", Formats.score(c.oldScore()), Formats.score(c.newScore()),
                    c.oldScore() == null || c.newScore() == null ? null : c.newScore() - c.oldScore());
        }).toList();
    }

    public String changeText() {
        return scoreChange == null ? "" : Formats.gain(scoreChange);
    }
}
