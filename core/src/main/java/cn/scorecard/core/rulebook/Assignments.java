package cn.scorecard.core.rulebook;

import cn.scorecard.core.court.Courts;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which staff rule set a court uses in a month: its own assignment in force, else its parent's, up to the top, else
 * the assignment to every court. An assignment is in force from its month on until a later one for the same court.
 */
public final class Assignments {
    private static final Comparator<Assignment> LATEST = Comparator.comparing(Assignment::from)
            .thenComparingLong(Assignment::sequence);

    private Assignments() {
    }

    public static Optional<Assignment> forCourt(Courts courts, Collection<Assignment> all, String court, YearMonth month) {
        String at = court;
        int guard = 0;
        while (at != null && guard++ <= courts.size()) {
            Optional<Assignment> own = latest(all, at, month);
            if (own.isPresent()) return own;
            int i = courts.indexOf(at);
            at = i >= 0 && courts.get(i).hasParent() ? courts.get(i).parentCode() : null;
        }
        return latest(all, Assignment.EVERY_COURT, month);
    }

    private static Optional<Assignment> latest(Collection<Assignment> all, String court, YearMonth month) {
        return all.stream().filter(a -> a.court().equals(court) && !a.from().isAfter(month)).max(LATEST);
    }
}
