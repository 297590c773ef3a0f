package cn.scorecard.core.demo;

import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.court.Courts;

/**
 * The generated court hierarchy and what the case generator needs per court: the case-number prefix
 * (江0102), a quality factor (around 1.0: above 1 a court closes more and acts more on time) and a
 * size factor (relative caseload).
 */
record DemoCourts(Courts courts, String[] casePrefix, double[] quality, double[] size) {
    int count() {
        return courts.size();
    }

    CourtLevel level(int court) {
        return courts.get(court).level();
    }

    String code(int court) {
        return courts.get(court).code();
    }
}
