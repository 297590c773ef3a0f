package cn.scorecard.app.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.scorecard.app.web.Messages;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The training run of the server's ahead-of-time cache ({@code serve --aot-training}, started by the launcher on
 * Java 25 or later once per build, in an empty directory of its own): the demo's first start as a user meets it, then
 * the pages a user opens first (the rankings, the first basic court's pages and report, the warnings), asked of the
 * server over HTTP as a browser would; then the server stops normally, which
 * is when the JVM writes the cache of the classes it loaded and linked and the methods' profiles. A page that does not
 * answer 200 fails the training (exit code 1), and the launcher then starts without a cache.
 */
final class AotTraining {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** A demo account that sees every court (the training's directory has the demo's accounts only). */
    private static final String USER = "assessor", PASSWORD = "demo2026";
    /** A basic court's row of the ranking: its pages are asked next. */
    private static final Pattern COURT_ROW = Pattern.compile("data-court=\"([^\"]+)\"");
    /** After the ranking of the basic courts: a court's pages ({} its code), the warnings, the other level. */
    private static final List<String> PAGES = List.of("/evaluation/courts/{}", "/evaluation/courts/{}/planner",
            "/evaluation/courts/{}/lost-points", "/evaluation/courts/{}/report.pdf", "/warnings",
            "/evaluation/ranking?level=INTERMEDIATE", "/evaluation/ranking?level=BASIC");
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private AotTraining() {
    }

    /** Trains against the started server, then stops it; returns the exit code. */
    static int run(ConfigurableApplicationContext context) {
        int code;
        try {
            train("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port"));
            code = 0;
        } catch (IOException | RuntimeException e) {
            System.err.println(Messages.text("cli.aot.failed", e.toString()));
            code = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        }
        int exit = code;
        return SpringApplication.exit(context, () -> exit);
    }

    static void train(String base) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        signIn(client, base);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        // the first start loads the demo meanwhile: the ranking has its table once the data is in
        String ranking;
        while (!(ranking = get(client, base + "/evaluation/ranking?level=BASIC")).contains("<table")) {
            if (System.nanoTime() > deadline) throw new IllegalStateException(Messages.text("cli.aot.noData", PATIENCE.toString()));
            Thread.sleep(500);
        }
        Matcher court = COURT_ROW.matcher(ranking);
        if (!court.find()) throw new IllegalStateException(Messages.text("cli.aot.noCourt"));
        String code = URLEncoder.encode(new String(court.group(1).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        for (String page : PAGES) get(client, base + page.replace("{}", code));
    }

    private static void signIn(HttpClient client, String base) throws IOException, InterruptedException {
        Matcher m = CSRF.matcher(get(client, base + "/login"));
        if (!m.find()) throw new IllegalStateException(Messages.text("cli.aot.noCsrf"));
        String form = "username=" + enc(USER) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) throw new IllegalStateException(Messages.text("cli.aot.signIn"));
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        if (r.statusCode() != 200) throw new IllegalStateException(Messages.text("cli.aot.status", url, String.valueOf(r.statusCode())));
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
