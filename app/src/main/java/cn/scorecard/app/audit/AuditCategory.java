package cn.scorecard.app.audit;

/**
 * What an audit entry is about, derived from its entity (and, for runs written before the kinds were named
 * apart, its action): who may read an entry depends on it (see admin.AuditAccess). The staff assessment's
 * entities are listed once here; everything that is neither staff nor accounts belongs to the evaluation.
 */
public enum AuditCategory {
    /** Evaluation results, evidence and imports: the court evaluation. */
    EVALUATION(Sql.EVALUATION),
    /** The staff assessment of named officers: personal. */
    STAFF(Sql.STAFF),
    /** Accounts, roles, tokens. */
    ACCOUNTS(Sql.ACCOUNTS);

    private final String sql;

    AuditCategory(String sql) {
        this.sql = sql;
    }

    /** The SQL condition on audit_log that selects the category's entries (constant text, no user input). */
    String sql() {
        return sql;
    }

    private static final class Sql {
        static final String STAFF = "(entity LIKE 'staff%' OR entity IN ('veto_record', 'closure_quota', 'clerk_evaluation')"
                + " OR (entity = 'result_run' AND action LIKE '%干警%'))";
        static final String ACCOUNTS = "entity IN ('app_user', 'api_token')";
        static final String EVALUATION = "NOT " + STAFF + " AND NOT (" + ACCOUNTS + ")";
    }
}
