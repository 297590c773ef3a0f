-- The audit log is append-only: no entry can be changed or deleted, the table cannot be truncated, and the
-- chain head only moves forward.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION '审计日志只能追加，不能清空 (%)', TG_TABLE_NAME;
    END IF;
    RAISE EXCEPTION '审计日志只能追加，不能修改或删除 (% %)', TG_TABLE_NAME, OLD.id;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_chain_head_forward() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.last_seq >= OLD.last_seq THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION '审计日志只能追加，不能修改或删除 (audit_chain_head)';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_forward();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
