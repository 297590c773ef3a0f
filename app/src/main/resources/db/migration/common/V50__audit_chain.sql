-- The audit log becomes a hash chain (docs/security.md, "Import and audit integrity"): every entry carries its
-- position in the chain, the hash of the entry before it and its own hash, SHA-256 over the previous hash and
-- the entry's canonical fields. The one-row head holds the last position and hash: appenders take its row lock
-- first, so concurrent writers queue and never fork the chain, and a verifier sees entries cut off the end.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_log_chain_seq ON audit_log(chain_seq);

-- last_id refers to the last entry, which also makes the table impossible to TRUNCATE on both databases.
CREATE TABLE audit_chain_head (
    id        INTEGER     PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    last_id   BIGINT,
    FOREIGN KEY (last_id) REFERENCES audit_log(id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash, last_id)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);
