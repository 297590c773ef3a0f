package cn.scorecard.app.audit;

/**
 * What an audit entry is about, derived from its entity (and, for runs written before the kinds were named
 * apart, its action): who may read an entry depends on it (see admin.AuditAccess).
 */
public enum AuditCategory {
    /** Evaluation results, evidence and imports: the court evaluation. */
    EVALUATION("entity NOT LIKE 'staff%' AND entity NOT IN ('app_user', 'api_token') AND NOT (entity = 'result_run'"
            + " AND action LIKE '%干警%')"),
    /** The staff assessment of named officers: personal. */
    STAFF("(entity LIKE 'staff%' OR (entity = 'result_run' AND action LIKE '%干警%'))"),
    /** Accounts, roles, tokens. */
    ACCOUNTS("entity IN ('app_user', 'api_token')");

    private final String sql;

    AuditCategory(String sql) {
        this.sql = sql;
    }

    /** The SQL condition on audit_log that selects the category's entries (constant text, no user input). */
    String sql() {
        return sql;
    }
}
