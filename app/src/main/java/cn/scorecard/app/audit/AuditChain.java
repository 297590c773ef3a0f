package cn.scorecard.app.audit;

import cn.scorecard.app.audit.AuditHash.AuditRecord;
import cn.scorecard.app.messages.Bundle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Appends entries to the hash-chained audit log over a connection the caller holds in a transaction: the
 * import writes its entry in the transaction of its data, {@link AuditLog} in the caller's transaction or a
 * new one. The head row is locked first, so concurrent appenders queue and every entry links to the one that
 * was really last; the lock is held until the caller commits.
 */
public final class AuditChain {
    /** Column sizes of audit_log: longer text is cut (with …) before it is hashed, so stored = hashed. */
    private static final int ACTOR = 100;
    private static final int NAME = 64;
    private static final int KEY = 200;
    private static final int COURT = 32;

    private AuditChain() {
    }

    /** What an entry says: who did what to which record of which court, the value before and after. */
    public record Entry(String actor, String action, String entity, String entityKey, String courtCode, String before,
                        String after) {
    }

    /** Appends the entry and returns its id. The connection must not be in auto-commit mode. */
    public static long append(Connection c, Entry e) throws SQLException {
        if (c.getAutoCommit()) throw new SQLException(Bundle.text("audit.chain.noTransaction"));
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_chain_head SET last_seq = last_seq + 1 WHERE id = 1")) {
            if (ps.executeUpdate() != 1) throw new SQLException(Bundle.text("audit.chain.noHead"));
        }
        long seq;
        String previous;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        AuditRecord r = new AuditRecord(seq, LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), cut(e.actor(), ACTOR),
                cut(e.action(), NAME), cut(e.entity(), NAME), cut(e.entityKey(), KEY), cut(e.courtCode(), COURT),
                e.before(), e.after());
        String hash = AuditHash.of(previous, r);
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at_time, actor, action, entity, entity_key, "
                + "court_code, before_json, after_json, chain_seq, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setObject(1, r.at());
            ps.setString(2, r.actor());
            ps.setString(3, r.action());
            ps.setString(4, r.entity());
            ps.setString(5, r.entityKey());
            ps.setString(6, r.courtCode());
            ps.setString(7, r.before());
            ps.setString(8, r.after());
            ps.setLong(9, seq);
            ps.setString(10, previous);
            ps.setString(11, hash);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE audit_chain_head SET last_hash = ?, last_id = ? WHERE id = 1")) {
            ps.setString(1, hash);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        return id;
    }

    /**
     * Links the entries that have no place in the chain yet, in id order (the migration that introduced the
     * chain runs it once, for the entries written before).
     */
    public static void chainUnchained(Connection c) throws SQLException {
        String previous;
        long seq;
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        long lastId = -1;
        try (PreparedStatement select = c.prepareStatement("SELECT id, at_time, actor, action, entity, entity_key, court_code, "
                + "before_json, after_json FROM audit_log WHERE chain_seq IS NULL ORDER BY id");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE audit_log SET chain_seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                AuditRecord r = new AuditRecord(++seq, rs.getObject(2, LocalDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                String hash = AuditHash.of(previous, r);
                update.setLong(1, seq);
                update.setString(2, previous);
                update.setString(3, hash);
                update.setLong(4, lastId = rs.getLong(1));
                update.executeUpdate();
                previous = hash;
            }
        }
        if (lastId < 0) return;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, last_id = ? WHERE id = 1")) {
            ps.setLong(1, seq);
            ps.setString(2, previous);
            ps.setLong(3, lastId);
            ps.executeUpdate();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
