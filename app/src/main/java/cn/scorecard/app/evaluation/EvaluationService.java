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
import cn.scorecard.app.platform.cache.VersionedCache;
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
    private final VersionedCache<EvaluationResult> evaluations = new VersionedCache<>(CACHE_SIZE);

    /** Core targets per data version, period and court; bounded like the evaluations. */
    private final Map<String, List<CoreIndicators.CoreValue>> coreCache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<CoreIndicators.CoreValue>> eldest) {
                    return size() > 4096;
                }
            });
    private volatile long[] latestYear;
    private final VersionedCache<EvaluationContext> contexts = new VersionedCache<>(16);

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

    /**
     * The evaluation of the current data over the period, computed once per data version, rule generation and period;
     * a request that comes while the same one is being computed (the start's warm-up, fifty users after an import)
     * waits for it instead of computing it again.
     */
    public EvaluationResult evaluate(Period period) {
        String key = rules.generation() + "|" + period.start() + "|" + period.end();
        return evaluations.get(province.version(), key, () -> {
            String version = catalogVersion(period);
            Map<CourtLevel, Catalog> byLevel = new EnumMap<>(CourtLevel.class);
            for (CourtLevel l : CourtLevel.values()) byLevel.put(l, catalog(version, l));
            return evaluateWith(period, byLevel);
        });
    }

    /** The current data under the given trees (a proposed catalog version's preview); not cached. */
    public EvaluationResult evaluateWith(Period period, Map<CourtLevel, Catalog> byLevel) {
        return evaluator.evaluate(province.current(), byLevel, period);
    }

    public CourtResult court(String code, Period period) {
        return evaluate(period).court(code);
    }

    public List<CoreIndicators.CoreValue> coreIndicators(String code, Period period) {
        String key = province.version() + "|" + rules.generation() + "|" + period.start() + "|" + period.end() + "|" + code;
        return coreCache.computeIfAbsent(key, k -> {
            ProvinceData d = province.current();
            int index = d.courts().indexOf(code);
            // the targets are the settings of the catalog version the period is evaluated with
            var settings = index < 0 ? cn.scorecard.core.catalog.CatalogSettings.DEFAULTS
                    : catalog(catalogVersion(period), d.courts().get(index).level()).settings();
            return core.compute(context(d, version(k), period), index, settings);
        });
    }

    private static long version(String key) {
        return Long.parseLong(key.substring(0, key.indexOf('|')));
    }

    /**
     * The metrics' context of the data over a period, made once per data version and period, its per-data columns once
     * per data version: every court's core targets on a ranking share it (a context of its own each took 0.1 s per
     * court on a million cases).
     */
    private EvaluationContext context(ProvinceData d, long version, Period period) {
        return contexts.get(version, period.start() + "|" + period.end(),
                () -> contexts.get(version, "data", () -> new EvaluationContext(d, period)).forPeriod(period));
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
