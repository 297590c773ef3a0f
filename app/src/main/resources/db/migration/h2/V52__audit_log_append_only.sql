-- The audit log is append-only: no entry can be changed or deleted, and the chain head only moves forward
-- (the same rules as the PostgreSQL triggers). TRUNCATE is refused by H2 itself while audit_chain_head refers
-- to the table (audit_chain_head.last_id is a foreign key into it).
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log
    FOR EACH ROW CALL 'cn.scorecard.app.audit.AppendOnlyGuard';
CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE, DELETE ON audit_chain_head
    FOR EACH ROW CALL 'cn.scorecard.app.audit.AppendOnlyGuard';
