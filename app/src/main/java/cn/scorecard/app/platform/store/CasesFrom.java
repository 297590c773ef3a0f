package cn.scorecard.app.platform.store;

/** Where a read took its built cases from. */
public enum CasesFrom {
    /** Kept in memory from the read before (only other records changed). */
    MEMORY,
    /** The snapshot file of the same cases token. */
    SNAPSHOT,
    /** The case and step rows of the database. */
    DATABASE
}
