package cn.scorecard.core.io;

import cn.scorecard.core.court.Court;

/**
 * Receives the validated rows of an import, file by file in dependency order (节假日, 法院, 人员, 案件, 流程节点,
 * 终本复核, then the other records, the staff-assessment inputs last). A row reaches the sink only while the import has no error at all, so a
 * sink never sees a row that the import will reject; whether the import as a whole is sound is known only
 * at the end. {@link ProvinceAssembler} builds the in-memory data; the application writes to its database.
 */
public interface RecordSink {
    /** A table of this type begins (once per input, also for inputs without rows; not once there is an error). */
    default void begin(RecordType type) {
    }

    /** The current table has been read to its end. */
    default void end(RecordType type) {
    }

    default void holiday(Rows.Holiday h) {
    }

    default void court(Court c) {
    }

    default void staff(Rows.Staff s) {
    }

    default void caseRow(Rows.Case c) {
    }

    default void step(Rows.Step s) {
    }

    default void review(Rows.Review r) {
    }

    default void petition(Rows.Petition p) {
    }

    default void matter(Rows.Matter m) {
    }

    default void compensation(Rows.Compensation c) {
    }

    default void discipline(Rows.Discipline d) {
    }

    default void evidence(Rows.Evidence e) {
    }

    default void statistic(Rows.Statistic s) {
    }

    default void incident(Rows.Incident i) {
    }

    default void quota(Rows.Quota q) {
    }

    default void veto(Rows.Veto v) {
    }

    default void clerkEvaluation(Rows.ClerkEvaluation e) {
    }
}
