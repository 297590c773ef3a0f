-- Staff results are versioned per court (考核领导小组 of each court computes, reviews and publishes its own
-- month), so a run carries the court it covers. Evaluation runs cover the province: scope ''. Publishing
-- supersedes only the published run of the same kind, period and scope.
ALTER TABLE result_run ADD COLUMN scope_code VARCHAR(32) DEFAULT '' NOT NULL;
CREATE UNIQUE INDEX result_run_version ON result_run(kind, scope_code, period_start, period_end, version_no);
