package cn.scorecard.app.platform.store;

import cn.scorecard.app.messages.Bundle;
import cn.scorecard.app.platform.ProvinceSource;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.staff.StaffInputs;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The province and staff inputs of the database, read in one transaction and cached. The cache is replaced
 * when the data version has moved: right after an import through the application ({@link #refresh()}), and
 * within a second of an import by another process (the version is checked at most once a second).
 */
@Component
public class JdbcProvinceSource implements ProvinceSource {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcProvinceSource.class);
    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final DataSource dataSource;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    public JdbcProvinceSource(DataSource dataSource) {
        this.dataSource = dataSource;
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
            Snapshot s = ProvinceLoader.load(c);
            snapshot = s;
            LOG.info("已从数据库载入数据版本 {}：{} 家法院、{} 名人员、{} 件案件（指纹 {}），用时 {} 毫秒", s.version(),
                    s.province().courts().size(), s.province().staff().size(), s.province().cases().size(),
                    s.fingerprint(), (System.nanoTime() - start) / 1_000_000);
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("store.error.read", String.valueOf(e.getMessage())), e);
        }
    }
}
