package cn.scorecard.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load generator on loopback: N concurrent users, each signed in with its own session, request the
 * ranking page and a court's score tree in turn for a fixed time (bounded in count and time, stops by
 * itself); reports p50/p95/p99 and errors per page.
 */
final class LoadBench {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private LoadBench() {
    }

    static void run(String base, String user, String password, int users, int seconds, String court, int thinkMs,
                    String pageNames) throws Exception {
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("the load benchmark only targets this machine (localhost)");
        }
        String[] pages = pages(pageNames, court);
        List<List<Long>> latencies = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) latencies.add(Collections.synchronizedList(new ArrayList<>()));
        AtomicInteger errors = new AtomicInteger();
        HttpClient[] clients = new HttpClient[users];
        for (int u = 0; u < users; u++) clients[u] = login(base, user, password);
        for (HttpClient c : clients) {
            for (String p : pages) get(c, base + p); // warm the caches once per user
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(users);
        for (int u = 0; u < users; u++) {
            HttpClient c = clients[u];
            int offset = u;
            new Thread(() -> {
                java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
                pause(random.nextInt(Math.max(1, thinkMs))); // users do not all click at the same instant
                int n = offset;
                while (System.nanoTime() < deadline && n < offset + 100_000) {
                    int page = n++ % pages.length;
                    long t0 = System.nanoTime();
                    int status = get(c, base + pages[page]);
                    latencies.get(page).add(System.nanoTime() - t0);
                    if (status != 200) errors.incrementAndGet();
                    // think time varies around its mean (uniform ±50%), as people's reading time does
                    pause(thinkMs <= 0 ? 0 : thinkMs / 2 + random.nextInt(Math.max(1, thinkMs)));
                }
                done.countDown();
            }).start();
        }
        done.await();
        for (int i = 0; i < pages.length; i++) {
            List<Long> l = new ArrayList<>(latencies.get(i));
            Collections.sort(l);
            System.out.printf("%-40s requests %6d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%.0f req/s)%n", pages[i], l.size(),
                    pct(l, 50), pct(l, 95), pct(l, 99), l.size() / (double) seconds);
        }
        System.out.printf("users %d, think time %d ms, %d s, errors %d%n", users, thinkMs, seconds, errors.get());
    }

    /** The pages users click in turn, by name: ranking, court (its score tree), records (实际执结率's cases), warnings. */
    static String[] pages(String names, String court) {
        String c = URLEncoder.encode(court, StandardCharsets.UTF_8);
        return java.util.Arrays.stream(names.split(",")).map(String::trim).map(n -> switch (n) {
            case "ranking" -> "/evaluation/ranking?level=BASIC";
            case "court" -> "/evaluation/courts/" + c;
            case "records" -> "/evaluation/courts/" + c + "/indicators/B4.01.1/records";
            case "warnings" -> "/warnings?court=" + c;
            default -> throw new IllegalArgumentException("unknown page " + n + " (ranking, court, records, warnings)");
        }).toArray(String[]::new);
    }

    /** A user reads the page before the next click; 0 hammers the server back to back. */
    private static void pause(int ms) {
        if (ms <= 0) return;
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static HttpClient login(String base, String user, String password) throws Exception {
        HttpClient c = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = c.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) throw new IllegalStateException("no CSRF token on the login page");
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("locked")) throw new IllegalStateException("login failed");
        return c;
    }

    private static int get(HttpClient c, String url) {
        try {
            return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
