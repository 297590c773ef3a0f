package cn.scorecard.app.platform;

import cn.scorecard.app.platform.store.Databases;
import cn.scorecard.app.platform.store.Vendor;
import javax.sql.DataSource;

/** A test database: its vendor and how to reach it. */
public record TestDb(Vendor vendor, String url, String user, String password) {
    public DataSource dataSource() {
        return Databases.dataSource(url, user, password);
    }

    @Override
    public String toString() {
        return vendor.name();
    }
}
