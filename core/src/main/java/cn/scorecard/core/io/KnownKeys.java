package cn.scorecard.core.io;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.data.StaffRole;

/**
 * Keys that exist outside the files being read (a database), so that a file may refer to a court, a person
 * or a case imported earlier. The files of the import itself are always consulted first.
 */
public interface KnownKeys {
    /** Nothing outside the files: a data directory must be complete in itself. */
    KnownKeys NONE = new KnownKeys() {
        @Override
        public CourtLevel courtLevel(String code) {
            return null;
        }

        @Override
        public StaffRole staffRole(String id) {
            return null;
        }

        @Override
        public CaseState caseState(String court, String number) {
            return CaseState.UNKNOWN;
        }

        @Override
        public boolean external() {
            return false;
        }
    };

    enum CaseState { UNKNOWN, KNOWN, TERMINATED_THIS_ROUND }

    /** The level of a known court, or null when the code is unknown. */
    CourtLevel courtLevel(String code);

    /** The role of a known person, or null when the id is unknown. */
    StaffRole staffRole(String id);

    /** The court of a known person, or null (the staff rule set to check a person's records against is the court's). */
    default String staffCourt(String id) {
        return null;
    }

    default boolean hasStaff(String id) {
        return staffRole(id) != null;
    }

    /** Whether the case (canonical 案号) exists, and whether it was closed by 终结本次执行程序. */
    CaseState caseState(String court, String number);

    /** Whether there is anything outside the files (decides the wording of "unknown" messages). */
    default boolean external() {
        return true;
    }
}
