package cn.scorecard.core.cases;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A built {@link CaseTable} written as its columns and read back without building anything again: every column
 * is one length-prefixed run of little-endian primitives (written and read in bulk): the 案号 as their numbers and
 * the shared court prefixes (the few kept as text in UTF-8), the steps packed by case as in the table. The derived columns (deadlines, court ranges) are recomputed on
 * reading, in one pass. Part of the province snapshot ({@code cn.scorecard.core.io.ProvinceSnapshot}).
 */
public final class CaseTableFile {
    private static final int STEP_TYPES = StepType.values().length;

    private CaseTableFile() {
    }

    public static void write(CaseTable t, DataOutputStream out) throws IOException {
        out.writeInt(t.size);
        ints(out, t.courtRowEnd);
        longs(out, t.number.codes());
        strings(out, t.number.prefixes());
        ints(out, t.number.textRows());
        strings(out, t.number.texts());
        bytes(out, t.type);
        ints(out, t.filed);
        ints(out, t.closed);
        bytes(out, t.method);
        bytes(out, t.category);
        longs(out, t.applied);
        longs(out, t.delivered);
        ints(out, t.judge.toInts(t.size));
        ints(out, t.assistant.toInts(t.size));
        ints(out, t.clerk.toInts(t.size));
        ints(out, t.flags);
        ints(out, t.deductedDays);
        ints(out, t.extendedDays);
        ints(out, t.steps.mask());
        ints(out, t.steps.blockStart());
        bytes(out, t.steps.rel());
        ints(out, t.steps.minutes());
        int[][][] parts = t.repeats.parts();
        for (int[][] part : parts) {
            for (int s = 0; s < STEP_TYPES; s++) ints(out, part[s]);
        }
        ints(out, t.adjustments.rows());
        PeriodAdjustment[] items = t.adjustments.items();
        java.util.Map<String, Integer> reasons = new java.util.LinkedHashMap<>();
        int[] cols = new int[items.length * 5];
        for (int i = 0; i < items.length; i++) {
            PeriodAdjustment a = items[i];
            cols[i * 5] = a.kind().ordinal();
            cols[i * 5 + 1] = a.startDay();
            cols[i * 5 + 2] = a.endDay();
            cols[i * 5 + 3] = a.days();
            cols[i * 5 + 4] = a.reason() == null ? -1 : reasons.computeIfAbsent(a.reason(), k -> reasons.size());
        }
        ints(out, cols);
        out.writeInt(reasons.size());
        for (String r : reasons.keySet()) out.writeUTF(r);
    }

    public static CaseTable read(DataInputStream in) throws IOException {
        int size = in.readInt();
        int[] courtRowEnd = ints(in);
        CaseNumbers number = new CaseNumbers(longs(in), strings(in), ints(in), strings(in));
        byte[] type = bytes(in);
        int[] filed = ints(in);
        int[] closed = ints(in);
        byte[] method = bytes(in);
        byte[] category = bytes(in);
        long[] applied = longs(in);
        long[] delivered = longs(in);
        IndexColumn judge = IndexColumn.of(ints(in));
        IndexColumn assistant = IndexColumn.of(ints(in));
        IndexColumn clerk = IndexColumn.of(ints(in));
        int[] flags = ints(in);
        int[] deducted = ints(in);
        int[] extended = ints(in);
        CaseSteps steps = new CaseSteps(ints(in), ints(in), bytes(in), ints(in));
        int[][][] parts = new int[3][STEP_TYPES][];
        for (int[][] part : parts) {
            for (int s = 0; s < STEP_TYPES; s++) part[s] = ints(in);
        }
        int[] adjustmentRows = ints(in);
        int[] cols = ints(in);
        String[] reasons = new String[in.readInt()];
        for (int i = 0; i < reasons.length; i++) reasons[i] = in.readUTF();
        PeriodAdjustment.Kind[] kinds = PeriodAdjustment.Kind.values();
        PeriodAdjustment[] items = new PeriodAdjustment[adjustmentRows.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = new PeriodAdjustment(kinds[cols[i * 5]], cols[i * 5 + 1], cols[i * 5 + 2], cols[i * 5 + 3],
                    cols[i * 5 + 4] < 0 ? null : reasons[cols[i * 5 + 4]]);
        }
        return new CaseTable(size, number, type, courtRowEnd, filed, closed, method, category, applied, delivered, judge,
                assistant, clerk, flags, deducted, extended, steps, StepRepeats.of(parts[0], parts[1], parts[2]),
                PeriodAdjustments.of(adjustmentRows, items));
    }

    /** An int column: its length (-1 for none) and its values. */
    public static void ints(DataOutputStream out, int[] a) throws IOException {
        if (a == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    public static int[] ints(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] raw = new byte[n * 4];
        in.readFully(raw);
        int[] a = new int[n];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(a);
        return a;
    }

    public static void longs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(a);
        out.write(b.array());
    }

    public static long[] longs(DataInputStream in) throws IOException {
        int n = in.readInt();
        byte[] raw = new byte[n * 8];
        in.readFully(raw);
        long[] a = new long[n];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(a);
        return a;
    }

    private static void strings(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a.length);
        for (String v : a) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static String[] strings(DataInputStream in) throws IOException {
        String[] a = new String[in.readInt()];
        for (int i = 0; i < a.length; i++) {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            a[i] = new String(b, StandardCharsets.UTF_8);
        }
        return a;
    }

    private static void bytes(DataOutputStream out, byte[] a) throws IOException {
        out.writeInt(a.length);
        out.write(a);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] a = new byte[in.readInt()];
        in.readFully(a);
        return a;
    }
}
