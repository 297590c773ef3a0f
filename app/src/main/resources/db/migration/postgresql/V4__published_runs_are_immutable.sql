-- A published result run can never change or disappear; a draft may be published (or deleted) once.
CREATE FUNCTION result_run_guard() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION '已发布的结果版本不可修改或删除 (result_run %)', OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER result_run_guard BEFORE UPDATE OR DELETE ON result_run
    FOR EACH ROW EXECUTE FUNCTION result_run_guard();
