package cn.scorecard.core.staff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was found for one person in one month, before scoring: counts with what is behind them (keyed by
 * deduction-kind code), stocks and closures (keyed by item code), and the closure quota that applies.
 */
final class PersonFacts {
    static final class Tally {
        int count;
        final List<String> refs = new ArrayList<>();

        void add(int n, String ref) {
            count += n;
            if (ref != null) refs.add(ref);
        }
    }

    static final class Stock {
        int previous;
        int current;
        final List<String> currentCases = new ArrayList<>();
    }

    private final Map<String, Tally> tallies = new HashMap<>(8);
    private final Map<String, Stock> stocks = new HashMap<>(4);
    /** The quota of the month after pro-rating, null when none is set. */
    Integer quota;
    /** How the quota was obtained, for the explanation. */
    String quotaNote;

    Tally tally(String key) {
        return tallies.computeIfAbsent(key, k -> new Tally());
    }

    /** The tally, or null when nothing was counted. */
    Tally found(String key) {
        return tallies.get(key);
    }

    Stock stock(String key) {
        return stocks.computeIfAbsent(key, k -> new Stock());
    }
}
