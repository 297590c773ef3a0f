-- A published result run can never change or disappear (the same rule as the PostgreSQL trigger).
CREATE TRIGGER result_run_guard BEFORE UPDATE, DELETE ON result_run
    FOR EACH ROW CALL 'cn.scorecard.app.platform.runs.PublishedRunGuard';
