package cn.scorecard.app.platform.store;

import cn.scorecard.core.court.Court;
import cn.scorecard.core.io.BuiltCases;
import cn.scorecard.core.io.ProvinceAssembler;
import cn.scorecard.core.io.RecordSink;
import cn.scorecard.core.io.Rows;
import java.util.HashSet;
import java.util.Set;

/**
 * The courts, staff, cases and steps of an import into a database that had none, built while they are written, so that
 * the server takes its cases from here instead of reading every row back right after the import (the demo's first
 * start). What is built equals what {@link ProvinceLoader} would read: the rows reach the database in this order (their
 * seq), and the same two fingerprints are taken of them. Where the database would keep fewer rows than were written
 * (a court, a person or a case given twice is merged into one) or steps come before cases, it gives up, and the server
 * reads the rows back as before. It also gives up beyond {@link #MOST_CASES} cases: a court's first import of millions of
 * cases would hold the built cases beside the import's own memory; those are read back once the import is done.
 */
public final class ImportedCases implements RecordSink {
    /** The most cases built while importing (the demo has 60,000; the built cases take some 300 bytes each then). */
    static final int MOST_CASES = 1_000_000;

    private ProvinceAssembler assembler = new ProvinceAssembler();
    private final Fingerprint courtsAndStaff = new Fingerprint();
    private final Fingerprint caseRows = new Fingerprint();
    private final Set<String> courts = new HashSet<>();
    private final Set<String> staff = new HashSet<>();
    private boolean stepsSeen;
    private int caseCount;
    private final int mostCases;
    private boolean givenUp;
    private String token;
    private KeptCases kept;
    private boolean built;

    public ImportedCases() {
        this(MOST_CASES);
    }

    ImportedCases(int mostCases) {
        this.mostCases = mostCases;
    }

    @Override
    public void court(Court c) {
        once(courts, c.code(), () -> assembler.court(courtsAndStaff.add(c)));
    }

    @Override
    public void staff(Rows.Staff s) {
        once(staff, s.id(), () -> assembler.staff(courtsAndStaff.add(s)));
    }

    @Override
    public void caseRow(Rows.Case c) {
        if (givenUp) return;
        // the database reads every case before every step: a case after a step would give another fingerprint
        if (stepsSeen || ++caseCount > mostCases) giveUp();
        else run(() -> assembler.caseRow(caseRows.add(c)));
    }

    @Override
    public void step(Rows.Step s) {
        if (givenUp) return;
        stepsSeen = true;
        run(() -> assembler.step(caseRows.add(s)));
    }

    /** The cases token the import set, read in its transaction: the built cases apply to it only. */
    public void token(String casesToken) {
        this.token = casesToken;
    }

    /** The built cases under the key the next read will look for; null if given up (or a 案号 has no numeric key). */
    KeptCases kept() {
        if (built) return kept;
        built = true;
        if (givenUp || token == null) return null;
        try {
            BuiltCases cases = BuiltCases.of(assembler.build(), caseRows.value());
            if (cases != null) kept = new KeptCases(KeptCases.key(token, courtsAndStaff.value()), cases);
        } catch (RuntimeException e) {
            kept = null;
        }
        return kept;
    }

    /** A court or a person given twice is merged into one row by the database: the built cases would differ. */
    private void once(Set<String> seen, String key, Runnable add) {
        if (givenUp) return;
        if (seen.add(key)) run(add);
        else giveUp();
    }

    /** The assembler checks less than the reader did; whatever it refuses, the rows are read back instead. */
    private void run(Runnable add) {
        try {
            add.run();
        } catch (RuntimeException e) {
            giveUp();
        }
    }

    /** Lets the cases built so far go: they will be read back from the rows. */
    private void giveUp() {
        givenUp = true;
        assembler = null;
    }
}
