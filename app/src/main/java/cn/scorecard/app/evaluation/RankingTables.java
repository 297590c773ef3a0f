package cn.scorecard.app.evaluation;

import cn.scorecard.app.platform.cache.VersionedCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
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
 * with six parameters per core indicator). Bounded, and emptied by a new data version ({@link VersionedCache}).
 */
@Component
class RankingTables {
    private final VersionedCache<String> tables = new VersionedCache<>(32);
    private final SpringTemplateEngine engine;
    private final ApplicationContext context;

    RankingTables(SpringTemplateEngine engine, ApplicationContext context) {
        this.engine = engine;
        this.context = context;
    }

    /** Everything the table depends on besides the data version. */
    static String key(RankingView view, Shown now, Shown before, Set<String> visible) {
        return view.level() + "|" + view.period().year() + "-" + view.period().month() + "|" + results(now) + "|"
                + results(before) + "|" + now.viewParam() + "|" + String.join(",", visible);
    }

    private static String results(Shown s) {
        if (s == null) return "none";
        return (s.published() ? "run" + s.run().id() : "live") + "@" + s.dataVersion();
    }

    /**
     * The table of the key under the current data version, rendered by render if not kept (on the asking request's
     * thread; others asking for the same table meanwhile wait for it).
     */
    String html(long dataVersion, String key, Supplier<String> render) {
        return tables.get(dataVersion, key, render);
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

    /** How many tables were rendered since the start (a repeated request renders none). */
    long renders() {
        return tables.computations();
    }
}
