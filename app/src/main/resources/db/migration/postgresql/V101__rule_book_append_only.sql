-- Rule versions, activations and assignments are written once: a change is a new version.
CREATE FUNCTION rule_book_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '规则版本只能新增，不能修改或删除 (%)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER rule_version_append_only BEFORE UPDATE OR DELETE ON rule_version
    FOR EACH ROW EXECUTE FUNCTION rule_book_append_only();
CREATE TRIGGER rule_edition_append_only BEFORE UPDATE OR DELETE ON rule_edition
    FOR EACH ROW EXECUTE FUNCTION rule_book_append_only();
CREATE TRIGGER rule_activation_append_only BEFORE UPDATE OR DELETE ON rule_activation
    FOR EACH ROW EXECUTE FUNCTION rule_book_append_only();
CREATE TRIGGER staff_rule_assignment_append_only BEFORE UPDATE OR DELETE ON staff_rule_assignment
    FOR EACH ROW EXECUTE FUNCTION rule_book_append_only();
