-- Rule versions, activations and assignments are written once (the same rule as the PostgreSQL triggers).
CREATE TRIGGER rule_version_append_only BEFORE UPDATE, DELETE ON rule_version
    FOR EACH ROW CALL 'cn.scorecard.app.platform.rules.RuleRowGuard';
CREATE TRIGGER rule_edition_append_only BEFORE UPDATE, DELETE ON rule_edition
    FOR EACH ROW CALL 'cn.scorecard.app.platform.rules.RuleRowGuard';
CREATE TRIGGER rule_activation_append_only BEFORE UPDATE, DELETE ON rule_activation
    FOR EACH ROW CALL 'cn.scorecard.app.platform.rules.RuleRowGuard';
CREATE TRIGGER staff_rule_assignment_append_only BEFORE UPDATE, DELETE ON staff_rule_assignment
    FOR EACH ROW CALL 'cn.scorecard.app.platform.rules.RuleRowGuard';
