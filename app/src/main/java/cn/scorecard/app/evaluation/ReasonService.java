package cn.scorecard.app.evaluation;

import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.evaluation.NodeResult;
import cn.scorecard.core.explain.Reasons;
import cn.scorecard.core.explain.RecordExplainer;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The reasons (为什么未达标) behind the record lists, the case page and their downloads: computed on demand for the
 * records shown, over the current data and the page's period; the evaluation never computes them.
 */
@Service
public class ReasonService {
    private static final int CACHE_SIZE = 8;
    private final EvaluationService service;
    private final DeadlineRules rules = DeadlineRules.bundled();
    private final MetricRegistry registry = new MetricRegistry(rules);
    // the context derives per-data columns once; a page and its download ask for the same period
    private final Map<String, Reasons> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Reasons> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    ReasonService(EvaluationService service) {
        this.service = service;
    }

    public Reasons reasons(Period period) {
        String key = service.dataVersion() + "|" + period.start() + "|" + period.end();
        synchronized (cache) {
            Reasons hit = cache.get(key);
            if (hit != null) return hit;
        }
        Reasons made = new Reasons(new EvaluationContext(service.data(), period), registry, rules);
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }

    /** The explainer of an indicator's (or core target's) value; null when it has no records. */
    public RecordExplainer explainer(NodeResult node, Period period) {
        if (node.explanation() == null || node.explanation().denominatorRecords() == null) return null;
        return reasons(period).of(node.node().metric(), node.explanation());
    }
}
