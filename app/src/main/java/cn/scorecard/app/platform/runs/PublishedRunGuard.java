package cn.scorecard.app.platform.runs;

import cn.scorecard.app.messages.Bundle;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on result_run (migration V6 for H2): a published run can be neither updated nor deleted, the
 * same rule as PostgreSQL's plpgsql trigger. H2 instantiates it by name, hence public.
 */
public final class PublishedRunGuard implements Trigger {
    private int status = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase("status")) status = rs.getInt("ORDINAL_POSITION") - 1;
            }
        }
        if (status < 0) throw new SQLException(Bundle.text("runs.error.noStatus"));
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && "PUBLISHED".equals(oldRow[status])) {
            throw new SQLException(Bundle.text("runs.error.published", String.valueOf(oldRow[0])), "45000");
        }
    }
}
