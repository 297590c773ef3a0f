package cn.scorecard.app.evaluation;

import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.CoreIndicators;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Evaluates the current data for a period, caching results per data version and period (the pages and the
 * API read the same result many times; a new import or evidence entry changes the version).
 */
@Service
public class EvaluationService {
    private static final int CACHE_SIZE = 64;
    private final ProvinceSource province;
    private final MetricRegistry registry = MetricRegistry.bundled();
    private final RuleBookService rules;
    private final Evaluator evaluator = new Evaluator(registry);
    private final CoreIndicators core = new CoreIndicators(registry);
    private final Map<String, EvaluationResult> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EvaluationResult> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Core targets per data version, period and court; bounded like the evaluations. */
    private final Map<String, List<CoreIndicators.CoreValue>> coreCache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<CoreIndicators.CoreValue>> eldest) {
                    return size() > 4096;
                }
            });
    private volatile long[] latestYear;

    EvaluationService(ProvinceSource province, RuleBookService rules) {
        this.province = province;
        this.rules = rules;
    }

    public ProvinceData data() {
        return province.current();
    }

    /** The catalog version in force for the default period (the latest year of the data). */
    public String catalogVersion() {
        return rules.catalogVersionOn(LocalDate.of(latestYear(), 12, 31));
    }

    /** A level's tree in force for the default period (the latest year of the data). */
    public Catalog catalog(CourtLevel level) {
        return rules.catalogFor(level, LocalDate.of(latestYear(), 12, 31));
    }

    /** A level's tree in the given catalog version (a stored result's), the current one if that version is unknown. */
    public Catalog catalog(String version, CourtLevel level) {
        return version == null ? catalog(level) : rules.catalog(version, level).orElseGet(() -> catalog(level));
    }

    /** The catalog version an evaluation of the period uses: the one in force on its last day. */
    public String catalogVersion(Period period) {
        return rules.catalogVersionOn(period.end());
    }

    /** The data version the live results are computed from (it moves with every import and evidence entry). */
    public long dataVersion() {
        return province.version();
    }

    public EvaluationResult evaluate(Period period) {
        String key = province.version() + "|" + rules.generation() + "|" + period.start() + "|" + period.end();
        synchronized (cache) {
            EvaluationResult hit = cache.get(key);
            if (hit != null) return hit;
        }
        String version = catalogVersion(period);
        Map<CourtLevel, Catalog> byLevel = new EnumMap<>(CourtLevel.class);
        for (CourtLevel l : CourtLevel.values()) byLevel.put(l, catalog(version, l));
        EvaluationResult result = evaluateWith(period, byLevel);
        synchronized (cache) {
            cache.put(key, result);
        }
        return result;
    }

    /** The current data under the given trees (a proposed catalog version's preview); not cached. */
    public EvaluationResult evaluateWith(Period period, Map<CourtLevel, Catalog> byLevel) {
        return evaluator.evaluate(province.current(), byLevel, period);
    }

    public CourtResult court(String code, Period period) {
        return evaluate(period).court(code);
    }

    public List<CoreIndicators.CoreValue> coreIndicators(String code, Period period) {
        String key = province.version() + "|" + period.start() + "|" + period.end() + "|" + code;
        return coreCache.computeIfAbsent(key, k -> {
            ProvinceData d = province.current();
            return core.compute(new EvaluationContext(d, period), d.courts().indexOf(code));
        });
    }

    /** Every year from the first filed case to {@link #latestYear()} (the years a trend can show). */
    public List<Integer> years() {
        ProvinceData d = province.current();
        int min = Integer.MAX_VALUE;
        for (int r = 0; r < d.cases().size(); r++) min = Math.min(min, d.cases().filed(r));
        int last = latestYear();
        int first = min == Integer.MAX_VALUE ? last : java.time.LocalDate.ofEpochDay(min).getYear();
        List<Integer> out = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) out.add(y);
        return out;
    }

    /** The last year that has any filed case, the default period of the pages. */
    public int latestYear() {
        long version = province.version();
        long[] cached = latestYear;
        if (cached != null && cached[0] == version) return (int) cached[1];
        ProvinceData d = province.current();
        int max = Integer.MIN_VALUE;
        for (int r = 0; r < d.cases().size(); r++) max = Math.max(max, d.cases().filed(r));
        int year = max == Integer.MIN_VALUE ? java.time.LocalDate.now().getYear() : java.time.LocalDate.ofEpochDay(max).getYear();
        latestYear = new long[] {version, year};
        return year;
    }
}
