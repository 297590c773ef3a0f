package cn.scorecard.core.data;

import java.time.LocalDate;

/**
 * An officer on the roster.
 *
 * @param politicalEstablishment 中央政法编制
 * @param enforcementBureau works in the enforcement bureau (执行局)
 * @param joined first day in the post; null = always
 * @param left last day in the post; null = still there
 */
public record StaffMember(String id, String name, int court, StaffRole role, String team, LocalDate birthDate,
                          boolean politicalEstablishment, boolean enforcementBureau, LocalDate joined,
                          LocalDate left) {
    public boolean activeOn(LocalDate day) {
        return (joined == null || !day.isBefore(joined)) && (left == null || !day.isAfter(left));
    }
}
