package cn.scorecard.app.platform.store;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.io.ProvinceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.beans.factory.annotation.Value;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The province and staff inputs of the database, read in one transaction and cached. The cache is replaced
 * when the data version has moved: right after an import through the application ({@link #refresh()}), and
 * within a second of an import by another process (the version is checked at most once a second).
 *
 * <p>The built cases are kept apart from the rest: a change that leaves courts, staff, cases and steps alone (an
 * evidence finding, a staff record) reads only the other tables again. After the cases were read from the case and
 * step rows, they are written in the background to a snapshot file ({@code scorecard.snapshot.file}, default
 * {@code ./data/cases.snapshot}; empty: none) under the database's cases token, so that the next start loads them from
 * the file instead of querying every case again; a snapshot of another token or other courts and staff is ignored
 * and replaced. An import into a database without cases hands over the cases it built while writing them
 * ({@link #adopt}), so the first start does not read back what it has just imported.
 */
@Component
@DependsOnDatabaseInitialization // reads the migrated schema, possibly while the rest of the application starts
public class JdbcProvinceSource implements ProvinceSource {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcProvinceSource.class);
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    /** Where the built cases' snapshot is kept unless scorecard.snapshot.file says otherwise. */
    public static final String DEFAULT_SNAPSHOT_FILE = "./data/cases.snapshot";
    private final Path snapshotFile;
    private final ExecutorService writer;
    private final Map<CasesFrom, AtomicLong> loads = new EnumMap<>(CasesFrom.class);
    private volatile Snapshot snapshot;
    private volatile long checkedAt;
    private volatile KeptCases kept;
    /** The key of the cases in the snapshot file, as far as this server knows (written or read by it). */
    private volatile String snapshotKey;
    private volatile LoadListener listener = LoadListener.NONE;
    private volatile Future<?> writing;
    private final boolean readEarly;

    public JdbcProvinceSource(DataSource dataSource, @Value("${scorecard.snapshot.file:" + DEFAULT_SNAPSHOT_FILE + "}") String snapshotFile) {
        this(dataSource, snapshotFile, false);
    }

    /**
     * With readEarly ({@code scorecard.data.read-early}, what {@code scorecard serve} sets) the data is read on a
     * thread of its own as soon as the schema is migrated, while the rest of the application starts on the other core.
     */
    @Autowired
    public JdbcProvinceSource(DataSource dataSource, @Value("${scorecard.snapshot.file:" + DEFAULT_SNAPSHOT_FILE + "}") String snapshotFile,
                              @Value("${scorecard.data.read-early:false}") boolean readEarly) {
        this.dataSource = dataSource;
        this.readEarly = readEarly;
        this.snapshotFile = snapshotFile.isBlank() ? null : Path.of(snapshotFile);
        for (CasesFrom f : CasesFrom.values()) loads.put(f, new AtomicLong());
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cases-snapshot");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    @Override
    public ProvinceData current() {
        return snapshot().province();
    }

    @Override
    public long version() {
        return snapshot().version();
    }

    @Override
    public String fingerprint() {
        return snapshot().fingerprint();
    }

    /** The staff inputs of the same read as {@link #current()}. */
    public StaffInputs staffInputs() {
        return snapshot().staffInputs();
    }

    /** Province, staff inputs, version and fingerprint of one read; reloads first if the data has changed. */
    public Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && now - checkedAt < CHECK_EVERY_NANOS) return s;
        synchronized (this) {
            s = snapshot;
            if (s == null || databaseVersion() != s.version()) s = load();
            checkedAt = System.nanoTime();
            return s;
        }
    }

    @Override
    public void invalidate() {
        refresh();
    }

    /** Reloads now if the data version has changed (called after an import). */
    public void refresh() {
        checkedAt = 0;
        snapshot();
    }

    /**
     * Takes the cases an import built while writing them into an empty database (see {@link ImportedCases}): the next
     * read finds them under the import's cases token instead of reading every case and step back.
     */
    public void adopt(ImportedCases imported) {
        KeptCases cases = imported.kept();
        if (cases != null) kept = cases;
    }

    /** Reads the data now if it was not read yet, telling the listener how far it has come (the first start's page). */
    public void load(LoadListener progress) {
        listener = progress;
        try {
            snapshot();
        } finally {
            listener = LoadListener.NONE;
        }
    }

    /** Has the reads that happen meanwhile (the import's own, at the first start) tell the listener too. */
    public void listen(LoadListener progress) {
        listener = progress == null ? LoadListener.NONE : progress;
    }

    /** How many reads since the start took their cases from where (for tests, the log and the benchmarks). */
    public long loads(CasesFrom from) {
        return loads.get(from).get();
    }

    /** Waits until the snapshot being written, if any, is in place (tests, and the benchmark's restart). */
    public void awaitSnapshot() {
        Future<?> w = writing;
        if (w == null) return;
        try {
            w.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // logged by the writer
        }
    }

    @PostConstruct
    void readEarly() {
        if (!readEarly) return;
        Thread t = new Thread(() -> {
            try {
                snapshot();
            } catch (RuntimeException e) {
                LOG.warn("未能提前读取数据（启动后再试）：{}", e.toString());
            }
        }, "read-data");
        t.setDaemon(true);
        t.start();
    }

    /** On shutdown a snapshot being written is finished (a minute at most), so the next start finds it. */
    @PreDestroy
    void close() throws InterruptedException {
        writer.shutdown();
        if (!writer.awaitTermination(60, TimeUnit.SECONDS)) writer.shutdownNow();
    }

    /** The snapshot file of the built cases (null: none). */
    public Path snapshotFile() {
        return snapshotFile;
    }

    private long databaseVersion() {
        try (Connection c = dataSource.getConnection()) {
            return ProvinceLoader.version(c);
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("store.error.version", String.valueOf(e.getMessage())), e);
        }
    }

    private Snapshot load() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            ProvinceLoader.Loaded loaded = ProvinceLoader.load(c, kept, snapshotFile,
                    (share, key, args) -> listener.progress(share, key, args)); // whoever listens by then
            Snapshot s = loaded.snapshot();
            snapshot = s;
            kept = loaded.kept();
            loads.get(loaded.from()).incrementAndGet();
            LOG.info("已从数据库载入数据版本 {}：{} 家法院、{} 名人员、{} 件案件（案件取自 {}，指纹 {}），用时 {} 毫秒", s.version(),
                    s.province().courts().size(), s.province().staff().size(), s.province().cases().size(),
                    loaded.from() == CasesFrom.SNAPSHOT ? snapshotFile : loaded.from(), s.fingerprint(),
                    (System.nanoTime() - start) / 1_000_000);
            KeptCases built = loaded.kept();
            if (loaded.from() == CasesFrom.SNAPSHOT && built != null) snapshotKey = built.key();
            else if (built != null && snapshotFile != null && !built.key().equals(snapshotKey)) {
                snapshotKey = built.key(); // cases read from the rows, or built by an import: the next start reads the file
                writeLater(built);
            }
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("store.error.read", String.valueOf(e.getMessage())), e);
        }
    }

    private void writeLater(KeptCases cases) {
        writing = writer.submit(() -> {
            long start = System.nanoTime();
            try {
                ProvinceSnapshot.write(cases.cases(), cases.key(), snapshotFile);
                LOG.info("案件快照已写出：{}（{} 件案件，{} 字节），用时 {} 毫秒", snapshotFile, cases.cases().table().size(),
                        Files.size(snapshotFile), (System.nanoTime() - start) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                LOG.warn("案件快照未能写出：{}：{}", snapshotFile, e.toString());
            }
        });
    }
}
