package cn.scorecard.app.audit;

import cn.scorecard.app.messages.Bundle;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on audit_log and audit_chain_head (migration V52 for H2), the same rules as PostgreSQL's: an
 * entry can be neither changed nor deleted, and the chain head may only move forward. H2 instantiates it by
 * name, hence public.
 */
public final class AppendOnlyGuard implements Trigger {
    /** audit_chain_head.last_seq: id, last_seq, last_hash, last_id. */
    private static final int LAST_SEQ = 1;
    private boolean head;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        head = tableName.equalsIgnoreCase("audit_chain_head");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (head && newRow != null && ((Number) newRow[LAST_SEQ]).longValue() >= ((Number) oldRow[LAST_SEQ]).longValue()) {
            return;
        }
        throw new SQLException(Bundle.text("audit.chain.appendOnly", head ? "audit_chain_head" : "audit_log " + oldRow[0]),
                "45000");
    }
}
