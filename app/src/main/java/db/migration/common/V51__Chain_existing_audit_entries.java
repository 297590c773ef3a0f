package db.migration.common;

import cn.scorecard.app.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Puts the audit entries written before the hash chain existed (V50) into it, oldest first, before V52 makes
 * the table append-only. Java rather than SQL because the hash must be the one the application computes.
 */
public class V51__Chain_existing_audit_entries extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        AuditChain.chainUnchained(context.getConnection());
    }
}
