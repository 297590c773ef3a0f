package cn.scorecard.app.platform.store;

import cn.scorecard.core.io.BuiltCases;

/**
 * The built cases of a read, kept to be used again: valid while the database's cases token and its courts and staff
 * (their fingerprint) are what they were, which {@link #key} says. The fingerprint of the case and step rows they were
 * built from is the cases' label.
 */
record KeptCases(String key, BuiltCases cases) {
    static String key(String token, String courtsAndStaff) {
        return token + "|" + courtsAndStaff;
    }
}
