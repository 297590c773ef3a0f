package cn.scorecard.core.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Competition ranking: highest first, equal scores share a rank and the next rank skips (1, 2, 2, 4). Public so
 * that a result version with objection adjustments (异议复核) is ranked by the same rule.
 */
public final class Ranking {
    private Ranking() {
    }

    /** The rank of each element, in the order given; null for an element whose score is null. */
    public static <T> Integer[] ranks(List<T> elements, Function<T, Double> score) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (score.apply(elements.get(i)) != null) order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> score.apply(elements.get(i)), Comparator.reverseOrder()));
        Integer[] ranks = new Integer[elements.size()];
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            boolean tie = k > 0 && score.apply(elements.get(i)).equals(score.apply(elements.get(order.get(k - 1))));
            ranks[i] = tie ? ranks[order.get(k - 1)] : k + 1;
        }
        return ranks;
    }
}
