package cn.scorecard.core.data;

/**
 * 信访 record.
 *
 * @param concludedDay 办结日期 (epoch day), NONE while open
 * @param resolved 化解 (息诉罢访)
 * @param toBeijing 进京访
 * @param causedByMisconduct 因违法执行、不规范执行引发 (for the staff assessment)
 * @param staff responsible officer's index, -1 when none
 */
public record Petition(String id, int court, String caseNumber, int registeredDay, PetitionSource source,
                       boolean toBeijing, int concludedDay, boolean resolved, boolean causedByMisconduct,
                       int staff) {
}
