package cn.scorecard.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and the entry's canonical fields. Each
 * field is written with its length (null as {@code -}), so that moving text from one field to the next changes
 * the hash; the time is written to the millisecond, the precision both databases keep.
 */
final class AuditHash {
    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private AuditHash() {
    }

    static String of(String previous, AuditRecord r) {
        StringBuilder sb = new StringBuilder(256).append(previous).append('\n');
        field(sb, Long.toString(r.seq()));
        field(sb, TIME.format(r.at()));
        field(sb, r.actor());
        field(sb, r.action());
        field(sb, r.entity());
        field(sb, r.entityKey());
        field(sb, r.courtCode());
        field(sb, r.before());
        field(sb, r.after());
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    private static void field(StringBuilder sb, String value) {
        if (value == null) sb.append('-');
        else sb.append(value.length()).append(':').append(value);
        sb.append(';');
    }

    /** One entry as hashed: its position in the chain and the fields an audit entry records. */
    record AuditRecord(long seq, LocalDateTime at, String actor, String action, String entity, String entityKey,
                       String courtCode, String before, String after) {
    }
}
