package cn.scorecard.core.demo;

import cn.scorecard.core.cases.CaseCategory;

/**
 * 案件类别 and 申请标的额. Claims are log-normal (median about 50,000 yuan for civil cases, a long tail into
 * the millions); criminal property penalties and litigation fees are much smaller.
 */
final class Amounts {
    private static final CaseCategory[] CATEGORIES = CaseCategory.values();
    private static final double[] WEIGHTS = cumulativeByCategory();

    private final Rand rand;

    Amounts(Rand rand) {
        this.rand = rand;
    }

    CaseCategory category() {
        return CATEGORIES[rand.pick(WEIGHTS)];
    }

    /** Applied amount in fen: whole yuan for most, with cents for a third (interest calculations). */
    long applied(CaseCategory category) {
        double yuan = switch (category) {
            case CIVIL_COMMERCIAL -> rand.logNormal(50_000, 1.5);
            case ARBITRATION -> rand.logNormal(120_000, 1.4);
            case NOTARIZED -> rand.logNormal(80_000, 1.2);
            case CRIMINAL -> rand.logNormal(8_000, 1.2);
            case ADMINISTRATIVE -> rand.logNormal(20_000, 1.0);
            case NON_LITIGATION -> rand.logNormal(30_000, 1.2);
            case LITIGATION_FEE -> rand.logNormal(1_500, 1.0);
        };
        yuan = Math.max(100, Math.min(500_000_000, yuan));
        return rand.chance(0.33) ? Math.round(yuan * 100) : Math.round(yuan) * 100;
    }

    private static double[] cumulativeByCategory() {
        double[] w = new double[CATEGORIES.length];
        w[CaseCategory.CIVIL_COMMERCIAL.ordinal()] = 0.82;
        w[CaseCategory.ARBITRATION.ordinal()] = 0.04;
        w[CaseCategory.NOTARIZED.ordinal()] = 0.015;
        w[CaseCategory.CRIMINAL.ordinal()] = 0.05;
        w[CaseCategory.ADMINISTRATIVE.ordinal()] = 0.02;
        w[CaseCategory.NON_LITIGATION.ordinal()] = 0.035;
        w[CaseCategory.LITIGATION_FEE.ordinal()] = 0.02;
        return Rand.cumulative(w);
    }
}
