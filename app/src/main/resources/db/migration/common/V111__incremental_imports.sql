-- Counts per import for the import history (rows written in all, and per record type as text).
ALTER TABLE import_log ADD COLUMN rows_written BIGINT;
ALTER TABLE import_log ADD COLUMN written VARCHAR(1000);

-- How far a scheduled database source has been imported: the highest "changed since" value of the rows of its
-- last accepted run, written in that run's transaction (so a rejected run is read again in full next time).
CREATE TABLE import_watermark (
    source      VARCHAR(100) PRIMARY KEY,
    watermark   VARCHAR(100) NOT NULL,
    sql_type    INTEGER      NOT NULL,
    updated_at  TIMESTAMP    NOT NULL
);
