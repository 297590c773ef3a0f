package cn.scorecard.app.platform.demo;

import cn.scorecard.core.demo.DemoSpecs;
import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.importing.ImportListener;
import cn.scorecard.app.platform.importing.ImportReport;
import cn.scorecard.app.platform.importing.ImportService;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.app.platform.rules.RuleBookService;
import cn.scorecard.app.platform.store.JdbcProvinceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import jakarta.annotation.PostConstruct;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On the first start (no court in the database) loads the demo province 江川省 with its staff-assessment
 * inputs, so that a fresh installation shows a living system. It goes through the ordinary import (the demo
 * is written as a data directory and imported in one transaction), so the demo data is checked like any
 * court's. Settings: scorecard.demo.load (default true), scorecard.demo.cases, .intermediate-courts,
 * .basic-courts, .seed. On every other start it reads the data the server serves (the built cases from their snapshot
 * when it applies) while the pages show how far it has come.
 */
@Component
@DependsOnDatabaseInitialization // asks the migrated schema whether it is the first start, while the application starts
class DemoLoader implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final JdbcTemplate jdbc;
    private final ImportService imports;
    private final RuleBookService rules;
    private final boolean enabled;
    private final DemoSpec spec;
    private final StartupProgress progress;
    private final JdbcProvinceSource source;
    private final ApplicationEventPublisher events;
    /** The demo's files, written on a thread of their own while the rest of the application starts (first start only). */
    private volatile CompletableFuture<Generated> early;

    private record Generated(Path dir, DemoDirectory.Summary summary) {
    }

    DemoLoader(DataSource dataSource, ImportService imports, StartupProgress progress, RuleBookService rules,
               JdbcProvinceSource source, ApplicationEventPublisher events,
               @Value("${scorecard.demo.load:true}") boolean enabled,
               @Value("${scorecard.demo.seed:20240101}") long seed,
               @Value("${scorecard.demo.intermediate-courts:3}") int intermediate,
               @Value("${scorecard.demo.basic-courts:12}") int basic,
               @Value("${scorecard.demo.cases:60000}") int cases) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.imports = imports;
        this.rules = rules;
        this.enabled = enabled;
        this.spec = DemoSpecs.withCatalogEvidence(seed, intermediate, basic, cases);
        this.progress = progress;
        this.source = source;
        this.events = events;
    }

    /** From before the port opens until the data is in, pages show the startup page (no sign-in that would wait). */
    @PostConstruct
    void pagesWait() {
        progress.startReading();
        if (enabled && courts() == 0) { // the first start: generating the demo takes seconds that Spring's start can share
            progress.start();
            CompletableFuture<Generated> f = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    f.complete(generate());
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                }
            }, "demo-generate");
            t.setDaemon(true);
            t.start();
            early = f;
        }
    }

    private int courts() {
        Integer courts = jdbc.queryForObject("SELECT COUNT(*) FROM court", Integer.class);
        return courts == null ? 0 : courts;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int courts = courts();
        if (enabled && courts == 0) {
            loadDemo();
        } else {
            if (early != null) discardEarly(); // data came in meanwhile: the demo is not needed
            if (enabled) LOG.info("数据库中已有 {} 家法院的数据，不载入演示数据", courts);
            readData();
        }
    }

    /** Reads the data the server serves before anyone signs in (the pages show the progress meanwhile). */
    private void readData() {
        progress.startReading();
        try {
            source.load((share, key, args) -> progress.at((int) (100 * share), new StartupProgress.Step(key, args)));
        } catch (RuntimeException e) {
            LOG.warn("启动时未能读取数据（首个请求将再试）：{}", e.toString());
        } finally {
            progress.end();
        }
    }

    /** The demo written as a data directory: 2–25% of the progress by the cases written. */
    private Generated generate() throws IOException {
        long start = System.nanoTime();
        Path dir = Files.createTempDirectory("scorecard-demo-");
        progress.at(2, new StartupProgress.Step("startup.step.generate"));
        DemoDirectory.Summary s = DemoDirectory.write(spec, rules.defaultStaffRules(), dir, (done, total) -> {
            if (total > 0) progress.at(2 + (int) (23 * Math.min(done, total) / total), new StartupProgress.Step("startup.step.cases", String.valueOf(done), String.valueOf(total)));
        });
        LOG.info("演示数据已生成：{} 件案件，用时 {} 毫秒", s.cases(), (System.nanoTime() - start) / 1_000_000);
        return new Generated(dir, s);
    }

    private Generated generated() throws IOException {
        try {
            return early != null ? early.join() : generate();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private void loadDemo() throws IOException {
        long start = System.nanoTime();
        if (early == null) progress.start();
        Generated g = generated(); // usually written already, on its own thread
        Path dir = g.dir();
        DemoDirectory.Summary s = g.summary();
        // the import reads the new data back at its end: 85–99%
        source.listen((share, key, args) -> progress.at(85 + (int) (14 * share), new StartupProgress.Step(key, args)));
        try {
            // the import: 25–85% by the rows read of its estimate
            progress.at(25, new StartupProgress.Step("startup.step.import"));
            ImportListener listener = (done, total) -> {
                if (total > 0) progress.at(25 + (int) (60 * Math.min(done, total) / total), new StartupProgress.Step("startup.step.rows", String.valueOf(done), String.valueOf(total)));
            };
            ImportReport report = imports.importFiles(List.of(dir), Bundle.text("demo.importSource"), listener);
            if (!report.accepted()) throw new IllegalStateException(Bundle.text("demo.importFailed", report.summary(20)));
            LOG.info("首次启动，已载入演示省份（江川省）：{} 家法院、{} 名人员、{} 件案件、{} 个流程节点、{} 条考核事件，共 {} 行，用时 {} 毫秒",
                    s.courts(), s.staff(), s.cases(), report.written().get("流程节点"), s.incidents(), report.rowsWritten(),
                    (System.nanoTime() - start) / 1_000_000);
            events.publishEvent(new DemoLoaded());
        } finally {
            source.listen(null);
            progress.end();
            delete(dir);
        }
    }

    private void discardEarly() {
        try {
            delete(generated().dir());
        } catch (IOException | RuntimeException e) {
            LOG.warn("未能删除预先生成的演示数据：{}", e.toString());
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
