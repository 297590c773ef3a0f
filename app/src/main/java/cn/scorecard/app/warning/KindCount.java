package cn.scorecard.app.warning;

import cn.scorecard.core.warning.Warning;
import cn.scorecard.core.warning.WarningKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How many warnings one rule has in the chosen scope (before the rule filter), and how many are overdue. */
@Schema(description = "某一预警规则的条数")
record KindCount(@Schema(description = "规则编号") String rule, @Schema(description = "规则简称") String shortName,
                 @Schema(description = "规则全称") String name, @Schema(description = "预警提前量", example = "2个工作日") String horizon,
                 @Schema(description = "预警条数") int total, @Schema(description = "其中已超期") int overdue) {

    static List<KindCount> of(List<WarningKind> kinds, List<Warning> warnings) {
        Map<String, int[]> n = new HashMap<>();
        for (Warning w : warnings) {
            int[] c = n.computeIfAbsent(w.ruleId(), k -> new int[2]);
            c[0]++;
            if (w.overdue()) c[1]++;
        }
        List<KindCount> out = new ArrayList<>();
        for (WarningKind k : kinds) {
            int[] c = n.getOrDefault(k.id(), new int[2]);
            out.add(new KindCount(k.id(), k.shortName(), k.name(), k.horizon().label(), c[0], c[1]));
        }
        return out;
    }
}
