package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.court.CourtLevel;

/**
 * How many cases of each type every court gets. The province-wide mix is fixed (70% 执, 8% 执恢, 8% 执保,
 * 6% 执异, 2% 执复 …); implementation-type cases go to courts by caseload, while review, supervision,
 * coordination and request cases (执复, 执监, 执协, 执请) only exist at intermediate and high courts.
 */
final class CaseMix {
    private static final double[] SHARE = new double[CaseType.values().length];

    static {
        SHARE[CaseType.FIRST_ENFORCEMENT.ordinal()] = 0.70;
        SHARE[CaseType.RESUMED_ENFORCEMENT.ordinal()] = 0.08;
        SHARE[CaseType.PRESERVATION.ordinal()] = 0.08;
        SHARE[CaseType.OBJECTION.ordinal()] = 0.06;
        SHARE[CaseType.REVIEW.ordinal()] = 0.02;
        SHARE[CaseType.SUPERVISION.ordinal()] = 0.01;
        SHARE[CaseType.COORDINATION.ordinal()] = 0.005;
        SHARE[CaseType.REQUEST.ordinal()] = 0.003;
        SHARE[CaseType.OTHER.ordinal()] = 0.042;
    }

    private CaseMix() {
    }

    /** counts[court][type], adding up to {@code total}. */
    static int[][] allocate(DemoCourts courts, int total) {
        int types = CaseType.values().length;
        int[] perType = apportion(total, SHARE);
        int[][] counts = new int[courts.count()][types];
        for (int t = 0; t < types; t++) {
            double[] w = new double[courts.count()];
            for (int c = 0; c < w.length; c++) w[c] = weight(courts, c, CaseType.values()[t]);
            int[] share = apportion(perType[t], w);
            for (int c = 0; c < w.length; c++) counts[c][t] = share[c];
        }
        return counts;
    }

    static int[] totals(int[][] counts) {
        int[] out = new int[counts.length];
        for (int c = 0; c < counts.length; c++) for (int n : counts[c]) out[c] += n;
        return out;
    }

    private static double weight(DemoCourts courts, int court, CaseType type) {
        CourtLevel level = courts.level(court);
        int intermediates = (int) java.util.stream.IntStream.range(0, courts.count())
                .filter(c -> courts.level(c) == CourtLevel.INTERMEDIATE).count();
        double highShare = switch (type) {
            case REVIEW -> 0.2;
            case SUPERVISION -> 0.5;
            case COORDINATION -> 1.0;
            case REQUEST -> 0.4;
            default -> -1;
        };
        if (highShare < 0) return courts.size()[court];
        return switch (level) {
            case BASIC -> 0;
            case INTERMEDIATE -> 1;
            case HIGH -> highShare * intermediates;
        };
    }

    /** Largest-remainder apportionment of n by weights: exact totals, no randomness. */
    static int[] apportion(int n, double[] weights) {
        double sum = 0;
        for (double w : weights) sum += w;
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : n * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        for (int k = given; k < n; k++) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }
}
