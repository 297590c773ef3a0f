package cn.scorecard.app.audit;

import cn.scorecard.app.audit.AuditHash.AuditRecord;
import cn.scorecard.app.messages.Bundle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;

/**
 * Walks the audit log's hash chain from the first entry and reports the first break: an entry missing from the
 * sequence, an entry whose previous hash is not its predecessor's, an entry whose content no longer matches its
 * hash, an entry outside the chain (written around the application), or entries cut off the end (the head
 * names a later entry than the last one found). Read in one pass, in a read-only transaction.
 */
public final class AuditVerification {
    private AuditVerification() {
    }

    /**
     * The outcome: intact, or the first broken entry (its chain position and id, when it exists) and why.
     *
     * @param entries  entries checked before the first break (all of them when intact)
     * @param headHash the hash of the last entry according to the head, which an administrator may note down to
     *                 compare later (a chain can be re-computed from scratch by someone who can write the database)
     */
    public record Result(boolean intact, long entries, long headSeq, String headHash, Long brokenSeq, Long brokenId,
                         String problem) {
        /** A Chinese sentence for the page and the command line. */
        public String message() {
            if (intact) {
                return Bundle.text("audit.verify.intact", String.valueOf(entries), String.valueOf(headSeq), headHash);
            }
            StringBuilder sb = new StringBuilder(Bundle.text("audit.verify.broken"));
            if (brokenSeq != null) sb.append(Bundle.text("audit.verify.seq", String.valueOf(brokenSeq)));
            if (brokenId != null) sb.append(Bundle.text("audit.verify.id", String.valueOf(brokenId)));
            return sb.append(brokenSeq != null || brokenId != null ? Bundle.text("audit.verify.colon") : "").append(problem).toString();
        }
    }

    public static Result verify(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // lets PostgreSQL stream the entries with a cursor
        try {
            return walk(c);
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
    }

    private static Result walk(Connection c) throws SQLException {
        long headSeq;
        String headHash;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            if (!rs.next()) return broken(0, 0, null, null, null, Bundle.text("audit.verify.noHead"));
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(id) FROM audit_log WHERE chain_seq IS NULL")) {
            rs.next();
            long outside = rs.getLong(1);
            if (!rs.wasNull()) return broken(0, headSeq, headHash, null, outside, Bundle.text("audit.verify.outside"));
        }
        String previous = AuditHash.GENESIS;
        long expected = 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT id, chain_seq, at_time, actor, action, entity, entity_key, "
                + "court_code, before_json, after_json, prev_hash, entry_hash FROM audit_log ORDER BY chain_seq")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long seq = rs.getLong(2);
                    if (seq != expected) {
                        return broken(expected - 1, headSeq, headHash, expected, null,
                                Bundle.text("audit.verify.missing", String.valueOf(seq), String.valueOf(id)));
                    }
                    if (!previous.equals(rs.getString(11))) {
                        return broken(expected - 1, headSeq, headHash, seq, id, Bundle.text("audit.verify.previous"));
                    }
                    AuditRecord r = new AuditRecord(seq, rs.getObject(3, LocalDateTime.class), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10));
                    String hash = AuditHash.of(previous, r);
                    if (!hash.equals(rs.getString(12))) {
                        return broken(expected - 1, headSeq, headHash, seq, id, Bundle.text("audit.verify.hash"));
                    }
                    previous = hash;
                    expected++;
                }
            }
        }
        long last = expected - 1;
        if (last != headSeq || !previous.equals(headHash)) {
            return broken(last, headSeq, headHash, last + 1, null,
                    Bundle.text("audit.verify.short", String.valueOf(headSeq), String.valueOf(last)));
        }
        return new Result(true, last, headSeq, headHash, null, null, null);
    }

    private static Result broken(long entries, long headSeq, String headHash, Long seq, Long id, String problem) {
        return new Result(false, entries, headSeq, headHash, seq, id, problem);
    }
}
