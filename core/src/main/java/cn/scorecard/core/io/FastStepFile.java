package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * 流程节点.csv read from bytes on every core: each row's case found by its numeric key ({@link CaseKeys}), its kind,
 * times, 标志 and amount parsed from the bytes, then applied in file order as {@link StepEffects} does. Accepts
 * only what {@link StepFileReader} accepts with the same effect; anything else is a {@link FastBail}.
 */
final class FastStepFile {
    static final StepType[] SINGLE = StepType.values();
    /** Kind codes: the single steps by ordinal, then the four repeated kinds. */
    static final int PAYMENT = 32, FIELD_ACTION = 33, DEDUCTION = 34, EXTENSION = 35;

    static {
        if (SINGLE.length != PAYMENT) throw new IllegalStateException("kind codes assume 32 single steps");
    }

    private FastStepFile() {
    }

    /** Parsed rows of one chunk: builder row, kind, time, end, the kind's extra (flag bits or days), amount. */
    static final class Chunk {
        int size;
        int[] row = new int[8192], minute = new int[8192], end = new int[8192], extra = new int[8192];
        byte[] kind = new byte[8192];
        long[] amount = new long[8192];
        /** 说明 of a deducted interval or an extension (its reason, kept for the explanations), else null. */
        String[] note = new String[8192];

        void grow() {
            int n = row.length * 2;
            row = Arrays.copyOf(row, n); minute = Arrays.copyOf(minute, n); end = Arrays.copyOf(end, n);
            extra = Arrays.copyOf(extra, n); kind = Arrays.copyOf(kind, n); amount = Arrays.copyOf(amount, n);
            note = Arrays.copyOf(note, n);
        }
    }

    static void read(Path file, ProvinceAssembler assembler, CaseKeys keys, ByteChunks chunks) throws IOException {
        ByteChunks.Header header = ByteChunks.header(file);
        int[] pos = FastColumns.positions(StepFileReader.SPEC, header.names());
        CaseTableBuilder builder = assembler.cases();
        ByteCodes courts = new ByteCodes(assembler.courtIndex());
        // a chunk's columns are used again once applied: a read allocates a few chunks' worth, not the file's
        Queue<Chunk> spare = new ConcurrentLinkedQueue<>();
        chunks.run(file, header.end(), (buf, from, to) -> parse(buf, from, to, pos, header.names().length, courts, keys,
                        spare.poll()),
                c -> {
                    apply(c, builder, assembler.paymentRows(), assembler.fieldActionRows());
                    spare.offer(c);
                });
    }

    private static void apply(Chunk c, CaseTableBuilder builder, List<Payment> payments, List<FieldAction> actions) {
        for (int i = 0; i < c.size; i++) {
            int row = c.row[i];
            int minute = c.minute[i];
            int k = c.kind[i];
            switch (k) {
                case PAYMENT -> payments.add(new Payment(row, minute, c.end[i], c.extra[i] != 0, c.amount[i]));
                case FIELD_ACTION -> actions.add(new FieldAction(row, minute, (c.extra[i] & 1) != 0, (c.extra[i] & 2) != 0));
                case DEDUCTION -> builder.deduction(row, Times.dayOfMinute(minute), c.end[i], c.note[i]);
                case EXTENSION -> builder.extension(row, c.extra[i], c.end[i] == Times.NONE ? Times.NONE
                        : Times.dayOfMinute(minute), c.end[i], c.note[i]);
                default -> {
                    StepType type = SINGLE[k];
                    builder.step(row, type, minute);
                    if (type == StepType.AUCTION_START) {
                        builder.flag(row, CaseFlag.AUCTION);
                        if (c.extra[i] != 0) builder.flag(row, CaseFlag.ONLINE_AUCTION);
                    } else if (type == StepType.OFFLINE_PROPERTY_FOUND && c.extra[i] != 0) {
                        builder.flag(row, CaseFlag.REMOTE_CONTROL);
                    }
                }
            }
        }
    }

    private static Chunk parse(byte[] buf, int from, int to, int[] p, int width, ByteCodes courtCodes, CaseKeys keys,
                               Chunk spare) {
        Chunk c = spare != null ? spare : new Chunk();
        c.size = 0;
        StepLines lines = new StepLines(p, width, courtCodes, keys);
        for (int next = from; next < to; ) next = lines.parse(c, buf, next, to);
        return c;
    }
}
