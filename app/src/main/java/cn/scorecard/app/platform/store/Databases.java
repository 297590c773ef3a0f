package cn.scorecard.app.platform.store;

import cn.scorecard.app.messages.Bundle;
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

    /** The flags the shared migrations and queries need of H2 (see application.properties). */
    static final String H2_FLAGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /** The application's default database: the H2 file that {@code scorecard serve} uses (shared with it). */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/scorecard" + H2_FLAGS + ";AUTO_SERVER=TRUE";

    /**
     * A data source for a JDBC URL (jdbc:h2:… or jdbc:postgresql:…); user and password may be null. An attempt
     * that meets another process opening the same H2 file (AUTO_SERVER's hand-over) is repeated.
     */
    public static DataSource dataSource(String url, String user, String password) {
        DriverManagerDataSource ds = new OpeningDataSource(withH2Flags(url));
        if (url.startsWith("jdbc:h2:") && user == null) user = "sa";
        if (user != null) ds.setUsername(user);
        if (password != null) ds.setPassword(password);
        return ds;
    }

    /** An H2 URL given without a compatibility mode gets the application's flags; other URLs are left alone. */
    public static String withH2Flags(String url) {
        if (!url.startsWith("jdbc:h2:") || url.toUpperCase(java.util.Locale.ROOT).contains(";MODE=")) return url;
        return url + H2_FLAGS;
    }

    /** Brings the schema up to date: db/migration/common plus the vendor's folder. */
    public static void migrate(DataSource ds) {
        Vendor vendor;
        try (Connection c = ds.getConnection()) {
            vendor = Vendor.of(c);
        } catch (SQLException e) {
            throw new IllegalStateException(Bundle.text("store.error.connect", String.valueOf(e.getMessage())), e);
        }
        Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.flywayFolder())
                .load().migrate();
    }
}
