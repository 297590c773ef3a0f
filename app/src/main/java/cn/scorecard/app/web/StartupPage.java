package cn.scorecard.app.web;

import cn.scorecard.app.platform.demo.StartupProgress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the first start loads the demo province, every page answers “正在载入演示数据 … 62%” (503, refreshing every
 * two seconds), and while a start reads the data it will serve “正在载入数据 … 40%”, instead of a sign-in that would wait on the busy database; the API answers 503 with the same words.
 * Static files are served as usual. Runs before the security filters: nobody can do anything until the data is in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class StartupPage extends OncePerRequestFilter {
    private final StartupProgress progress;

    public StartupPage(StartupProgress progress) {
        this.progress = progress;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!progress.loading()) return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/_static/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        int percent = progress.percent();
        StartupProgress.Step at = progress.step();
        String step = Messages.text(at.key(), at.args());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"status\":503,\"title\":\"" + json(Messages.text("startup.apiTitle"))
                    + "\",\"detail\":\"" + json(Messages.text(progress.demo() ? "startup.apiDetail" : "startup.data.apiDetail", String.valueOf(percent), step)) + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(page(percent, step, progress.demo()));
    }

    static String page(int percent, String step, boolean demo) {
        String texts = demo ? "startup" : "startup.data";
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="2"><title>%s</title>
                <link rel="stylesheet" href="/webjars/bootstrap/css/bootstrap.min.css"></head>
                <body class="bg-light"><main class="container" style="max-width: 34rem; margin-top: 12vh">
                <h1 class="h4">%s</h1>
                <p id="starting">%s <strong id="starting-percent">%d%%</strong></p>
                <div class="progress mb-2" role="progressbar" aria-label="%s" aria-valuemin="0" aria-valuemax="100" aria-valuenow="%d">
                <div class="progress-bar bg-danger" style="width: %d%%"></div></div>
                <p class="small text-muted" id="starting-step">%s</p>
                <p class="small">%s</p>
                </main></body></html>
                """.formatted(Messages.text(texts + ".title"), Messages.text("app.name"), Messages.text(texts + ".loading"), percent,
                Messages.text("startup.progress"), percent, percent, html(step), Messages.text(texts + ".explain"));
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
