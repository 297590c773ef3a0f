package cn.scorecard.app.platform.store;

import cn.scorecard.app.messages.Bundle;
import java.sql.Connection;
import java.sql.SQLException;

/** The two databases the product runs on; runtime SQL differs where speed needs it, migrations do not. */
public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String flywayFolder;

    Vendor(String flywayFolder) {
        this.flywayFolder = flywayFolder;
    }

    /** The folder of vendor-specific migrations (Flyway's {vendor}). */
    public String flywayFolder() {
        return flywayFolder;
    }

    public static Vendor of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        if (product.equalsIgnoreCase("H2")) return H2;
        if (product.equalsIgnoreCase("PostgreSQL")) return POSTGRESQL;
        throw new SQLException(Bundle.text("store.error.vendor", product));
    }
}
