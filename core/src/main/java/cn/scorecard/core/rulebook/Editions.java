package cn.scorecard.core.rulebook;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Which activated version is in force on a day. */
public final class Editions {
    /** The latest start wins; among versions starting the same day, the one activated last (a correction). */
    static final Comparator<Edition> PRECEDENCE = Comparator.comparing(Edition::from)
            .thenComparingLong(Edition::activation);

    private Editions() {
    }

    public static Optional<Edition> inForce(Collection<Edition> activated, LocalDate day) {
        return activated.stream().filter(e -> e.covers(day)).max(PRECEDENCE);
    }
}
