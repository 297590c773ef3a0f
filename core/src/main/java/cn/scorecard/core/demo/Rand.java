package cn.scorecard.core.demo;

import java.util.SplittableRandom;

/**
 * The random draws the generator needs, over a {@link SplittableRandom} (fast, no locking, and the same
 * sequence on every JVM for a seed).
 */
final class Rand {
    private final SplittableRandom random;

    Rand(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream, so that one part of the generator changing does not reshuffle the others. */
    Rand fork(long salt) {
        return new Rand(random.split().nextLong() ^ salt);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double unit() {
        return random.nextDouble();
    }

    /** Uniform integer in [from, to] inclusive. */
    int between(int from, int to) {
        return to <= from ? from : from + random.nextInt(to - from + 1);
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Standard normal (Box–Muller; one value per call keeps the stream simple to reason about). */
    double normal() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Log-normal with the given median: long-tailed amounts and durations. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * normal());
    }

    /** Index drawn from cumulative weights (the last entry is the total). */
    int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    int index(int size) {
        return random.nextInt(size);
    }

    /** Running sums of weights, for {@link #pick(double[])}. */
    static double[] cumulative(double... weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}
