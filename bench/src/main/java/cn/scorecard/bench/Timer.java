package cn.scorecard.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Runs a task a few times after warm-up and reports the median and best wall time. */
final class Timer {
    record Result<T>(double medianMs, double bestMs, T last) {
    }

    private Timer() {
    }

    static <T> Result<T> time(int warmups, int runs, Callable<T> task) throws Exception {
        T last = null;
        for (int i = 0; i < warmups; i++) last = task.call();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = task.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Result<>(ms[runs / 2], ms[0], last);
    }

    static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** Clears the heap pools' peak usage, so that {@link #peakHeapMb} measures from now on. */
    static void resetPeaks() {
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the live peak: G1 peaks per pool). */
    static long peakHeapMb() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }
}
