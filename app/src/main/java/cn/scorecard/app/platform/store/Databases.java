package cn.scorecard.app.platform.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Opening and migrating a database without Spring's context (the command line): a plain data source over
 * the JDBC URL, and the same Flyway migrations the application runs at start.
 */
public final class Databases {
    private Databases() {
    }

    /** A data source for a JDBC URL (jdbc:h2:… or jdbc:postgresql:…); user and password may be null. */
    public static DataSource dataSource(String url, String user, String password) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url);
        if (user != null) ds.setUsername(user);
        if (password != null) ds.setPassword(password);
        return ds;
    }

    /** Brings the schema up to date: db/migration/common plus the vendor's folder. */
    public static void migrate(DataSource ds) {
        Vendor vendor;
        try (Connection c = ds.getConnection()) {
            vendor = Vendor.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("无法连接数据库：" + e.getMessage(), e);
        }
        Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.flywayFolder())
                .load().migrate();
    }
}
