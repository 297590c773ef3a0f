package cn.scorecard.app.evaluation;

import cn.scorecard.core.explain.Reason;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record's reason as the API gives it (the record lists and the case page). */
public final class ReasonJson {
    private ReasonJson() {
    }

    public static Map<String, Object> of(Reason r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("met", r.met());
        m.put("verdict", r.verdict());
        m.put("cells", r.cells());
        m.put("summary", r.summary());
        m.put("details", r.details());
        return m;
    }
}
