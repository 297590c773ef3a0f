package cn.scorecard.app.plan;

import cn.scorecard.app.evaluation.EvaluationService;
import cn.scorecard.app.evaluation.PeriodParam;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.court.Court;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.deadline.DeadlineRules;
import cn.scorecard.core.evaluation.CourtResult;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.metric.EvaluationContext;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import cn.scorecard.core.plan.Action;
import cn.scorecard.core.plan.ActionIds;
import cn.scorecard.core.plan.Plan;
import cn.scorecard.core.plan.Planner;
import cn.scorecard.core.plan.WhatIf;
import cn.scorecard.core.warning.DataEnd;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The planner and what-if on the live data: the court's live result for the period, the context it was evaluated
 * in (kept per data version and period, since building it reads the whole province) and the plans, cached per data
 * version, court, period, planning day and target date.
 */
@Service
public class PlanService {
    private static final int CACHE = 32;
    private final EvaluationService evaluation;
    private final MetricRegistry registry = MetricRegistry.bundled();
    private final Planner planner = new Planner(registry, DeadlineRules.bundled());
    private final WhatIf whatIf = new WhatIf(registry);
    private final ZoneId zone;
    private final Map<String, Object> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > CACHE;
        }
    };

    PlanService(EvaluationService evaluation, @Value("${scorecard.time-zone:Asia/Shanghai}") String zone) {
        this.evaluation = evaluation;
        this.zone = ZoneId.of(zone);
    }

    /** The days a plan runs between: from (default: the earlier of today and the data's last day) to the target. */
    public record Window(LocalDate from, LocalDate target) {
    }

    public Window window(PeriodParam period, LocalDate from, LocalDate target) {
        Period p = period.period();
        LocalDate start = from;
        if (start == null) {
            LocalDate today = LocalDate.now(zone);
            LocalDate last = DataEnd.lastDay(evaluation.data());
            start = last != null && last.isBefore(today) ? last : today;
        }
        LocalDate end = target == null ? p.end() : target;
        if (end.isBefore(start)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("planner.badWindow", start, end));
        }
        return new Window(start, end);
    }

    public Plan plan(String code, PeriodParam period, Window w) {
        Period p = period.period();
        String key = "plan|" + evaluation.dataVersion() + "|" + code + "|" + p + "|" + w;
        return cached(key, () -> {
            Court court = court(code);
            return planner.plan(catalog(court), evaluation.evaluate(p), context(p), index(code), Times.day(w.from()),
                    Times.day(w.target()));
        });
    }

    /** The court with the actions applied (ids as {@link Action#id()}); a bad id is a 400 naming it. */
    public WhatIf.Outcome whatIf(String code, PeriodParam period, List<String> ids) {
        Period p = period.period();
        EvaluationContext ctx = context(p);
        List<Action> actions;
        try {
            actions = ActionIds.parse(ids, ctx, index(code));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return whatIf.apply(catalog(court(code)), evaluation.evaluate(p), ctx, index(code), actions);
    }

    /** The court's live result for the period up to a day (today's values, beside the period's end). */
    public CourtResult toDate(String code, PeriodParam period, LocalDate day) {
        Period p = period.period();
        if (!day.isBefore(p.end()) || day.isBefore(p.start())) return null;
        EvaluationResult r = evaluation.evaluate(new Period(p.start(), day));
        return r.court(code);
    }

    public CourtResult live(String code, PeriodParam period) {
        return evaluation.court(code, period.period());
    }

    public ProvinceData data() {
        return evaluation.data();
    }

    /** The context the live result of the period is evaluated in (shared, read-only). */
    public EvaluationContext context(PeriodParam period) {
        return context(period.period());
    }

    private EvaluationContext context(Period p) {
        ProvinceData data = evaluation.data();
        return cached("ctx|" + evaluation.dataVersion() + "|" + p, () -> new EvaluationContext(data, p));
    }

    private Court court(String code) {
        int i = index(code);
        return evaluation.data().courts().get(i);
    }

    private int index(String code) {
        int i = evaluation.data().courts().indexOf(code);
        if (i < 0) throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("common.noCourt", code));
        return i;
    }

    private Catalog catalog(Court court) {
        return evaluation.catalog(court.level());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> make) {
        synchronized (cache) {
            Object hit = cache.get(key);
            if (hit != null) return (T) hit;
        }
        T made = make.get();
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }
}
