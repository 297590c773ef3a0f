package cn.scorecard.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The court report PDF as a user waits for it: for each court, the first download on the running server's data
 * version (cold: nothing of that report cached, the report built and laid out) and then the same download again
 * (served from the report cache). Checks that every answer is a PDF. Run it on a freshly started server to see the
 * first report of the JVM (fonts and PDF classes loaded) apart from the other courts' cold reports.
 */
final class ReportPdfBench {
    private ReportPdfBench() {
    }

    static void run(String base, String user, String password, String courts, int repeat) throws Exception {
        if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
            throw new IllegalArgumentException("the PDF benchmark only targets this machine (localhost)");
        }
        HttpClient c = LoadBench.login(base, user, password);
        for (String court : courts.split(",")) {
            String url = base + "/evaluation/courts/" + URLEncoder.encode(court.trim(), StandardCharsets.UTF_8) + "/report.pdf";
            double cold = download(c, url);
            double warmMin = Double.MAX_VALUE;
            double warmMax = 0;
            for (int i = 0; i < repeat; i++) {
                double ms = download(c, url);
                warmMin = Math.min(warmMin, ms);
                warmMax = Math.max(warmMax, ms);
            }
            System.out.printf("%s report.pdf: cold %.0f ms, cached %.1f–%.1f ms over %d downloads%n", court.trim(), cold,
                    warmMin, warmMax, repeat);
        }
    }

    private static double download(HttpClient c, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        byte[] b = r.body();
        if (r.statusCode() != 200 || b.length < 5 || !new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + " without a PDF");
        }
        return ms;
    }
}
