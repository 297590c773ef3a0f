package cn.scorecard.app.platform.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the rows as read (their record text), shortened to 16 hex digits for display and storage. */
final class Fingerprint {
    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a row; records print every component, so equal rows give equal text on every database. */
    <T> T add(T row) {
        digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return row;
    }

    String value() {
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }
}
