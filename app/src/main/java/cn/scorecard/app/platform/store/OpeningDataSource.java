package cn.scorecard.app.platform.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A plain data source for the command line that rides out H2's AUTO_SERVER hand-over: while another process is
 * opening the same database file (it writes the lock file, then starts its server), a connection attempt fails
 * with "Database may be already in use" (90020) or "Lock file recently modified" (8000) for a moment. Such an
 * attempt is repeated for up to {@link #PATIENCE_MILLIS}; any other failure is reported at once.
 */
final class OpeningDataSource extends DriverManagerDataSource {
    static final long PATIENCE_MILLIS = 30_000;
    private static final int ALREADY_OPEN = 90020;
    private static final int ERROR_OPENING = 8000;

    OpeningDataSource(String url) {
        super(url);
    }

    @Override
    protected Connection getConnectionFromDriver(String username, String password) throws SQLException {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        for (long pause = 50; ; pause = Math.min(1000, pause * 2)) {
            try {
                return super.getConnectionFromDriver(username, password);
            } catch (SQLException e) {
                if (!isHandOver(e) || System.currentTimeMillis() + pause > deadline) throw e;
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean isHandOver(SQLException e) {
        return e.getErrorCode() == ALREADY_OPEN
                || e.getErrorCode() == ERROR_OPENING && String.valueOf(e.getMessage()).contains("Lock file recently modified");
    }
}
