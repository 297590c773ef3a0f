package cn.scorecard.core.warning;

import java.util.Set;

/**
 * Which warnings to list.
 *
 * @param courts court indexes, null for every court
 * @param staff a staff index: only the cases where that person is judge, assistant or clerk; -1 for anyone
 * @param rules kind ids, null or empty for every kind
 */
public record WarningFilter(Set<Integer> courts, int staff, Set<String> rules) {
    public static final WarningFilter ALL = new WarningFilter(null, -1, null);

    public WarningFilter {
        courts = courts == null ? null : Set.copyOf(courts);
        rules = rules == null || rules.isEmpty() ? null : Set.copyOf(rules);
    }

    public WarningFilter courts(Set<Integer> courtIndexes) {
        return new WarningFilter(courtIndexes, staff, rules);
    }

    public WarningFilter staff(int staffIndex) {
        return new WarningFilter(courts, staffIndex, rules);
    }

    public WarningFilter rules(Set<String> ids) {
        return new WarningFilter(courts, staff, ids);
    }

    boolean court(int court) {
        return courts == null || courts.contains(court);
    }

    boolean rule(String id) {
        return rules == null || rules.contains(id);
    }

    boolean officer(int judge, int assistant, int clerk) {
        return staff < 0 || judge == staff || assistant == staff || clerk == staff;
    }
}
