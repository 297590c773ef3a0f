package cn.scorecard.app.platform.importing;

import java.sql.SQLException;

/** A database failure while writing an import; the import rolls back and reports it. */
final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
