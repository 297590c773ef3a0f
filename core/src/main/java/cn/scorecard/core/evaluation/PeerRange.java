package cn.scorecard.core.evaluation;

/** The lowest and highest value of one PEER indicator among the courts of a level in one evaluation. */
record PeerRange(double min, double max, int courts) {
    PeerRange with(double v) {
        return new PeerRange(Math.min(min, v), Math.max(max, v), courts + 1);
    }

    static PeerRange of(double v) {
        return new PeerRange(v, v, 1);
    }

    /** 100 × (v − min) ÷ (max − min), inverted when lower is better; all equal → 100. */
    double score(double v, boolean higherIsBetter) {
        if (max == min) return 100;
        double s = higherIsBetter ? (v - min) / (max - min) : (max - v) / (max - min);
        return 100 * s;
    }
}
