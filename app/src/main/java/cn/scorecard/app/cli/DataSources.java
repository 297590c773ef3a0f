package cn.scorecard.app.cli;

import cn.scorecard.app.platform.store.Databases;
import cn.scorecard.app.platform.store.ProvinceLoader;
import cn.scorecard.app.platform.store.Snapshot;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.DataDirectoryReader;
import cn.scorecard.core.io.ReadRules;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where a command reads its data from: a data directory or a database (plain JDBC, schema migrated first;
 * the staff inputs come from the same snapshot as the province).
 */
final class DataSources {
    private DataSources() {
    }

    static ProvinceData load(Path dir, String jdbcUrl, String user, String password) {
        if ((dir == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException(Messages.text("cli.error.source"));
        }
        if (dir != null) return DataDirectoryReader.read(dir);
        Snapshot s = snapshot(jdbcUrl, user, password);
        synchronized (DataSources.class) {
            last = s;
        }
        return s.province();
    }

    /** From the directory, or from the same database read that produced {@code province}. */
    static StaffInputs staffInputs(Path dir, String jdbcUrl, String user, String password, StaffRuleSet rules,
                                   ProvinceData province) {
        if (dir != null) return DataDirectoryReader.readStaffInputs(dir, ReadRules.withStaffRules(rules), province.staff());
        synchronized (DataSources.class) {
            if (last != null && last.province() == province) return last.staffInputs();
        }
        throw new IllegalStateException(Messages.text("cli.error.staffInputs"));
    }

    /** The snapshot of the last database read, so that staff inputs pair with the province they index. */
    private static Snapshot last;

    private static Snapshot snapshot(String url, String user, String password) {
        DataSource ds = Databases.dataSource(url, user, password);
        Databases.migrate(ds);
        try (Connection c = ds.getConnection()) {
            return ProvinceLoader.load(c);
        } catch (SQLException e) {
            throw new IllegalStateException(Messages.text("store.error.read", String.valueOf(e.getMessage())), e);
        }
    }
}
