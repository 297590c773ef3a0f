package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.FieldAction;
import cn.scorecard.core.data.Payment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final StepType[] SINGLE = StepType.values();
    /** Kind codes: the single steps by ordinal, then the four repeated kinds. */
    private static final int PAYMENT = 32, FIELD_ACTION = 33, DEDUCTION = 34, EXTENSION = 35;
    private static final ByteWords KINDS;
    private static final ByteWords ACTION_MARKS = new ByteWords(List.of("执法记录仪", "已归档", "执法记录仪、已归档",
            "已归档、执法记录仪", "执法记录仪，已归档", "已归档，执法记录仪"));
    private static final byte[] ONLINE = ByteCells.utf8("网络");
    private static final byte[] REMOTE = ByteCells.utf8("异地");
    private static final byte[] APPROVED = ByteCells.utf8("经审批");
    private static final int MAX_MARK_BYTES = 200;
    private static final int MAX_NOTE_BYTES = 500;

    static {
        if (SINGLE.length != PAYMENT) throw new IllegalStateException("kind codes assume 32 single steps");
        List<String> kinds = new ArrayList<>();
        for (StepType t : SINGLE) kinds.add(t.label());
        kinds.addAll(List.of(StepEffects.PAYMENT, StepEffects.FIELD_ACTION, StepEffects.DEDUCTION, StepEffects.EXTENSION));
        KINDS = new ByteWords(kinds);
    }

    private FastStepFile() {
    }

    /** Parsed rows of one chunk: builder row, kind, time, end, the kind's extra (flag bits or days), amount. */
    private static final class Chunk {
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

    /**
     * The 说明 of a chunk made into a String once per spelling (a province gives a handful of reasons: 公告, 评估 …),
     * in a small direct-mapped cache of their bytes.
     */
    private static final class Notes {
        private static final int SLOTS = 64;
        private final byte[][] bytes = new byte[SLOTS][];
        private final String[] texts = new String[SLOTS];

        String text(ByteCells cells, int col) {
            byte[] b = cells.buf;
            int from = cells.start[col];
            int to = cells.end[col];
            int h = to - from;
            for (int i = from; i < to; i++) h = h * 31 + b[i];
            h = (h ^ (h >>> 7)) & (SLOTS - 1);
            byte[] known = bytes[h];
            if (known != null && Arrays.equals(b, from, to, known, 0, known.length)) return texts[h];
            bytes[h] = Arrays.copyOfRange(b, from, to);
            return texts[h] = cells.text(col);
        }
    }

    /** Whether [from, to) equals the bytes at other of the same buffer; from the end, where numbers differ. */
    private static boolean sameBackwards(byte[] b, int from, int to, int other) {
        for (int i = to - 1, j = other + (to - from) - 1; i >= from; i--, j--) {
            if (b[i] != b[j]) return false;
        }
        return true;
    }

    private static Chunk parse(byte[] buf, int from, int to, int[] p, int width, ByteCodes courtCodes, CaseKeys keys,
                               Chunk spare) {
        Chunk c = spare != null ? spare : new Chunk();
        c.size = 0;
        // court and 案号 first (the interchange layout): a case's next step repeats them byte for byte
        boolean leading = p[StepFileReader.COURT] + p[StepFileReader.NUMBER] == 1 && width > 2;
        ByteCells cells = new ByteCells(width, leading ? 2 : 0, FastColumns.exact(width, p, StepFileReader.COURT,
                StepFileReader.NUMBER, StepFileReader.KIND, StepFileReader.TIME, StepFileReader.END, StepFileReader.AMOUNT));
        FastColumns.Lookup courts = new FastColumns.Lookup(courtCodes);
        CaseKeys.Cursor cursor = new CaseKeys.Cursor();
        Notes notes = new Notes();
        int colNumber = p[StepFileReader.NUMBER], colKind = p[StepFileReader.KIND], colTime = p[StepFileReader.TIME];
        int colEnd = p[StepFileReader.END], colMark = p[StepFileReader.MARK], colAmount = p[StepFileReader.AMOUNT];
        int colNote = p[StepFileReader.NOTE];
        long[] lastKey = {CaseKeys.NO_KEY};
        int[] lastRow = {-1};
        int[] lastCourt = {-1};
        int[] lastFrom = {0};
        int[] lastTo = {0};
        for (int next = from; next < to; ) {
            next = cells.splitLine(buf, next, to);
            if (c.size == c.row.length) c.grow();
            int i = c.size++;
            // the court of the line before (it is the last case's court) when court and 案号 were taken over
            int court = cells.tookOver ? lastCourt[0] : courts.required(cells, p[StepFileReader.COURT]);
            if (cells.empty(colNumber)) throw new FastBail("案号");
            int nf = cells.start[colNumber], nt = cells.end[colNumber];
            // a case's steps come together: the same number as the row before needs no key nor lookup (a line that
            // took court and 案号 over from the line before has the same case; in the leading layout a line that did not
            // has another case, the same bytes would have been taken over)
            if (!cells.tookOver && (leading || court != lastCourt[0] || nt - nf != lastTo[0] - lastFrom[0]
                    || !sameBackwards(buf, nf, nt, lastFrom[0]))) {
                long key = keys.key(court, buf, nf, nt, false, cursor);
                int v = key == CaseKeys.NO_KEY ? -1 : keys.get(key);
                if (v < 0) throw new FastBail("unknown case");
                lastKey[0] = key;
                lastRow[0] = v >> 1;
                lastCourt[0] = court;
                lastFrom[0] = nf;
                lastTo[0] = nt;
            }
            c.row[i] = lastRow[0];
            int kind = KINDS.find(cells, colKind);
            if (kind < 0) throw new FastBail("节点");
            c.kind[i] = (byte) kind;
            if (cells.empty(colTime)) throw new FastBail("时间");
            int minute = cells.minute(colTime);
            c.minute[i] = minute;
            if (cells.length(colMark) > MAX_MARK_BYTES || cells.length(colNote) > MAX_NOTE_BYTES) throw new FastBail("length");
            boolean mark = !cells.empty(colMark);
            if (kind != PAYMENT && !cells.empty(colAmount)) throw new FastBail("金额");
            c.end[i] = Times.NONE;
            switch (kind) {
                case PAYMENT -> {
                    if (cells.empty(colAmount)) throw new FastBail("金额");
                    c.amount[i] = cells.fen(colAmount);
                    int released = cells.minute(colEnd);
                    if (released != Times.NONE && released < minute) throw new FastBail("结束时间");
                    c.end[i] = released;
                    if (mark && !cells.is(colMark, APPROVED)) throw new FastBail("标志");
                    c.extra[i] = mark ? 1 : 0;
                }
                case FIELD_ACTION -> {
                    if (!cells.empty(colEnd)) throw new FastBail("结束时间");
                    int words = mark ? ACTION_MARKS.find(cells, colMark) : -1;
                    if (mark && words < 0) throw new FastBail("标志");
                    c.extra[i] = words < 0 ? 0 : words == 0 ? 1 : words == 1 ? 2 : 3;
                }
                case DEDUCTION -> {
                    if (mark) throw new FastBail("标志");
                    int endDay = cells.day(colEnd);
                    if (endDay != Times.NONE && endDay < Times.dayOfMinute(minute)) throw new FastBail("结束时间");
                    c.end[i] = endDay;
                    c.note[i] = cells.empty(colNote) ? null : notes.text(cells, colNote);
                }
                case EXTENSION -> {
                    int endDay = cells.day(colEnd);
                    int markDays = mark ? cells.days(colMark) : -1;
                    int startDay = Times.dayOfMinute(minute);
                    if (endDay != Times.NONE) {
                        if (endDay < startDay || markDays > 0 && markDays != endDay - startDay + 1) throw new FastBail("延长期限");
                        c.extra[i] = endDay - startDay + 1;
                        c.end[i] = endDay;
                    } else {
                        if (markDays <= 0) throw new FastBail("延长期限");
                        c.extra[i] = markDays;
                    }
                    c.note[i] = cells.empty(colNote) ? null : notes.text(cells, colNote);
                }
                default -> {
                    if (!cells.empty(colEnd)) throw new FastBail("结束时间");
                    StepType type = SINGLE[kind];
                    byte[] allowed = type == StepType.AUCTION_START ? ONLINE : type == StepType.OFFLINE_PROPERTY_FOUND ? REMOTE : null;
                    if (mark && (allowed == null || !cells.is(colMark, allowed))) throw new FastBail("标志");
                    c.extra[i] = mark ? 1 : 0;
                }
            }
        }
        return c;
    }
}
