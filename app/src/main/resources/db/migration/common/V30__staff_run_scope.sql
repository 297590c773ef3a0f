-- Staff results are versioned per court (考核领导小组 of each court computes, reviews and publishes its own
-- month), so a run carries the court it covers. Evaluation runs cover the province: scope ''. Version numbers
-- count per kind, scope and period; a published run is superseded only by a newer published run of the same
-- kind, scope and period (derived, never stored: published rows are never updated).
ALTER TABLE result_run ADD COLUMN scope_code VARCHAR(32) DEFAULT '' NOT NULL;
ALTER TABLE result_run DROP CONSTRAINT result_run_version;
CREATE UNIQUE INDEX result_run_scope_version ON result_run(kind, scope_code, period_start, period_end, version_no);
