package cn.scorecard.app.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The ranking's table rendered once and served again while nothing it shows can have changed: per data version,
 * the results shown now and a year before (a published run or the live computation), level, period, the courts the
 * user may see and the view asked for. Rendering the table was most of the ranking's time (a row per court, a link
 * with six parameters per core indicator). Bounded (the least recently used go first); a new data version empties it.
 */
@Component
class RankingTables {
    private static final int SIZE = 32;
    private final Map<String, String> tables = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > SIZE;
        }
    });
    private final AtomicInteger renders = new AtomicInteger();
    private final SpringTemplateEngine engine;
    private final ApplicationContext context;
    private long version = Long.MIN_VALUE;

    RankingTables(SpringTemplateEngine engine, ApplicationContext context) {
        this.engine = engine;
        this.context = context;
    }

    /** Everything the table depends on besides the data version. */
    static String key(RankingView view, Shown now, Shown before, Set<String> visible, String viewParam) {
        return view.level() + "|" + view.period().year() + "-" + view.period().month() + "|" + results(now) + "|"
                + results(before) + "|" + viewParam + "|" + String.join(",", visible);
    }

    private static String results(Shown s) {
        if (s == null) return "none";
        return (s.published() ? "run" + s.run().id() : "live") + "@" + s.dataVersion();
    }

    /** The table of the key under the current data version, rendered by render if not kept. */
    String html(long dataVersion, String key, Supplier<String> render) {
        synchronized (tables) {
            moveTo(dataVersion);
            String kept = tables.get(key);
            if (kept != null) return kept;
        }
        String html = render.get(); // outside the lock: two first requests may both render, none waits on the other
        renders.incrementAndGet();
        synchronized (tables) {
            moveTo(dataVersion);
            tables.put(key, html);
        }
        return html;
    }

    /** The fragment {@code evaluation/ranking-table :: table}, with the request's links and messages. */
    String render(RankingView view, String viewParam, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(request, response);
        WebContext page = new WebContext(exchange, RequestContextUtils.getLocale(request));
        page.setVariable("view", view);
        page.setVariable("v", viewParam);
        page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null)); // the template's @fmt
        return engine.process("evaluation/ranking-table", Set.of("table"), page);
    }

    private void moveTo(long dataVersion) {
        if (dataVersion == version) return;
        tables.clear();
        version = dataVersion;
    }

    /** How many tables were rendered since the start (a repeated request renders none). */
    int renders() {
        return renders.get();
    }
}
