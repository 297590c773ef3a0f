package cn.scorecard.app.platform;

import cn.scorecard.app.platform.store.Databases;
import cn.scorecard.app.platform.store.Vendor;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty, migrated databases for tests: file-mode H2 in a temporary directory, or a new database in the
 * one embedded PostgreSQL that all test classes of the JVM share (started on first use, about 4 s).
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static Path h2Dir;

    private TestDatabases() {
    }

    /** A new empty database of the vendor with the schema migrated. */
    public static TestDb fresh(Vendor vendor) {
        TestDb db = empty(vendor);
        Databases.migrate(db.dataSource());
        return db;
    }

    /** A new database without any table. */
    public static TestDb empty(Vendor vendor) {
        int n = COUNTER.incrementAndGet();
        return vendor == Vendor.H2 ? h2(n) : postgres(n);
    }

    private static synchronized TestDb h2(int n) {
        if (h2Dir == null) h2Dir = TestFiles.dir("h2");
        String url = "jdbc:h2:file:" + h2Dir.resolve("db" + n)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new TestDb(Vendor.H2, url, "sa", "");
    }

    private static synchronized TestDb postgres(int n) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending anyway
                    }
                }));
            }
            String name = "t" + n;
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return new TestDb(Vendor.POSTGRESQL, postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
