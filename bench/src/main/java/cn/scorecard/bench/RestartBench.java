package cn.scorecard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server restart, timed as a user waits for it: starts {@code java -jar scorecard.jar serve} in the given directory
 * (its ./data holds the database and the cases' snapshot), then from the moment the process starts asks every 100 ms
 * for the sign-in page, signs in and asks for the ranking of the basic courts; ready = the ranking answered 200 with
 * its table. Prints the times to the first answer of the port, to the sign-in page and to the ranking, and the
 * server's own log line of the read; stops the server and starts again, runs times.
 */
final class RestartBench {
    private RestartBench() {
    }

    static void run(String jar, Path dir, int port, int runs, String heap, String user, String password, String launcher,
                    String javaOpts) throws Exception {
        String base = "http://localhost:" + port;
        List<Double> ready = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path log = dir.resolve("restart-" + run + ".log");
            ProcessBuilder pb = command(jar, port, heap, launcher, javaOpts)
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                double port0 = -1;
                double signIn = -1;
                HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                while (true) {
                    if (!p.isAlive()) throw new IllegalStateException("the server ended, see " + log);
                    int status = status(probe, base + "/login");
                    double at = (System.nanoTime() - t0) / 1e9;
                    if (status > 0 && port0 < 0) port0 = at;
                    if (status == 200) {
                        signIn = at;
                        break;
                    }
                    Thread.sleep(100);
                }
                HttpClient c = LoadBench.login(base, user, password);
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(base + "/evaluation/ranking?level=BASIC"))
                        .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
                double done = (System.nanoTime() - t0) / 1e9;
                if (r.statusCode() != 200 || !r.body().contains("<table")) {
                    throw new IllegalStateException("ranking answered " + r.statusCode() + " without its table");
                }
                ready.add(done);
                String read = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.contains("已从数据库载入数据版本")).findFirst().orElse("(no read logged)");
                System.out.printf("run %d: port answers %.1f s, sign-in page %.1f s, ranking with data %.1f s%n  %s%n", run,
                        port0, signIn, done, read.substring(Math.max(0, read.indexOf("已从"))));
            } finally {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            }
        }
        System.out.printf("ready to serve: %.1f–%.1f s over %d runs%n", ready.stream().mapToDouble(d -> d).min().orElse(0),
                ready.stream().mapToDouble(d -> d).max().orElse(0), ready.size());
    }

    /**
     * As a user starts it: through the launcher (which picks its own JVM options, the heap given through
     * SCORECARD_JAVA_OPTS), or as a plain {@code java -jar} with the options given.
     */
    private static ProcessBuilder command(String jar, int port, String heap, String launcher, String javaOpts) {
        List<String> cmd = new ArrayList<>();
        if (!launcher.isEmpty()) {
            cmd.add(Path.of(launcher).toAbsolutePath().toString());
        } else {
            cmd.addAll(List.of("java", "-Xmx" + heap, "-Dfile.encoding=UTF-8"));
            if (!javaOpts.isBlank()) cmd.addAll(List.of(javaOpts.trim().split("\\s+")));
            cmd.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        }
        cmd.addAll(List.of("serve", "--port", String.valueOf(port)));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (!launcher.isEmpty()) pb.environment().put("SCORECARD_JAVA_OPTS", "-Xmx" + heap + " " + javaOpts);
        return pb;
    }

    private static int status(HttpClient c, String url) {
        try {
            return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
