package cn.scorecard.core.io;

import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.cases.Times;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.scorecard.core.io.FastStepFile.DEDUCTION;
import static cn.scorecard.core.io.FastStepFile.EXTENSION;
import static cn.scorecard.core.io.FastStepFile.FIELD_ACTION;
import static cn.scorecard.core.io.FastStepFile.PAYMENT;
import static cn.scorecard.core.io.FastStepFile.SINGLE;

/**
 * The lines of one chunk of 流程节点.csv parsed one at a time into a {@link FastStepFile.Chunk}: the case by its key,
 * the kind, times, 标志 and amount from the bytes. A method per line and per kind, not one loop over the chunk: the JIT
 * compiles small methods early and once, where one long loop was compiled three times (on-stack, whole, on-stack
 * again after a kind it had not seen), about 1.5 s of a core in a cold run of 1M cases.
 */
final class StepLines {
    private static final ByteWords KINDS;
    private static final ByteWords ACTION_MARKS = new ByteWords(List.of("执法记录仪", "已归档", "执法记录仪、已归档",
            "已归档、执法记录仪", "执法记录仪，已归档", "已归档，执法记录仪"));
    private static final byte[] ONLINE = ByteCells.utf8("网络");
    private static final byte[] REMOTE = ByteCells.utf8("异地");
    private static final byte[] APPROVED = ByteCells.utf8("经审批");
    private static final int MAX_MARK_BYTES = 200;
    private static final int MAX_NOTE_BYTES = 500;

    static {
        List<String> kinds = new ArrayList<>();
        for (StepType t : SINGLE) kinds.add(t.label());
        kinds.addAll(List.of(StepEffects.PAYMENT, StepEffects.FIELD_ACTION, StepEffects.DEDUCTION, StepEffects.EXTENSION));
        KINDS = new ByteWords(kinds);
    }

    private final ByteCells cells;
    private final FastColumns.Lookup courts;
    private final CaseKeys keys;
    private final CaseKeys.Cursor cursor = new CaseKeys.Cursor();
    private final Notes notes = new Notes();
    /** Court and 案号 first (the interchange layout): a case's next step repeats them byte for byte. */
    private final boolean leading;
    private final int colCourt, colNumber, colKind, colTime, colEnd, colMark, colAmount, colNote;
    private int lastRow = -1, lastCourt = -1, lastFrom, lastTo;

    StepLines(int[] p, int width, ByteCodes courtCodes, CaseKeys keys) {
        leading = p[StepFileReader.COURT] + p[StepFileReader.NUMBER] == 1 && width > 2;
        cells = new ByteCells(width, leading ? 2 : 0, FastColumns.exact(width, p, StepFileReader.COURT,
                StepFileReader.NUMBER, StepFileReader.KIND, StepFileReader.TIME, StepFileReader.END, StepFileReader.AMOUNT));
        courts = new FastColumns.Lookup(courtCodes);
        this.keys = keys;
        colCourt = p[StepFileReader.COURT];
        colNumber = p[StepFileReader.NUMBER];
        colKind = p[StepFileReader.KIND];
        colTime = p[StepFileReader.TIME];
        colEnd = p[StepFileReader.END];
        colMark = p[StepFileReader.MARK];
        colAmount = p[StepFileReader.AMOUNT];
        colNote = p[StepFileReader.NOTE];
    }

    /** Parses the line at {@code from} into the chunk's next row and returns where the next line starts. */
    int parse(FastStepFile.Chunk c, byte[] buf, int from, int to) {
        int next = cells.splitLine(buf, from, to);
        if (c.size == c.row.length) c.grow();
        int i = c.size++;
        c.row[i] = row(buf);
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
            case PAYMENT -> payment(c, i, minute, mark);
            case FIELD_ACTION -> fieldAction(c, i, mark);
            case DEDUCTION -> deduction(c, i, minute, mark);
            case EXTENSION -> extension(c, i, minute, mark);
            default -> single(c, i, kind, mark);
        }
        return next;
    }

    /** The builder row of the line's case. */
    private int row(byte[] buf) {
        if (cells.tookOver) return lastRow; // court and 案号 the line before's: the same case
        int court = courts.required(cells, colCourt);
        if (cells.empty(colNumber)) throw new FastBail("案号");
        int nf = cells.start[colNumber], nt = cells.end[colNumber];
        // a case's steps come together: the same number as the row before needs no key nor lookup (in the leading
        // layout a line that was not taken over has another case: the same bytes would have been taken over)
        if (!leading && court == lastCourt && nt - nf == lastTo - lastFrom && sameBackwards(buf, nf, nt, lastFrom)) {
            return lastRow;
        }
        long key = keys.key(court, buf, nf, nt, false, cursor);
        int v = key == CaseKeys.NO_KEY ? -1 : keys.get(key);
        if (v < 0) throw new FastBail("unknown case");
        lastRow = v >> 1;
        lastCourt = court;
        lastFrom = nf;
        lastTo = nt;
        return lastRow;
    }

    private void payment(FastStepFile.Chunk c, int i, int minute, boolean mark) {
        if (cells.empty(colAmount)) throw new FastBail("金额");
        c.amount[i] = cells.fen(colAmount);
        int released = cells.minute(colEnd);
        if (released != Times.NONE && released < minute) throw new FastBail("结束时间");
        c.end[i] = released;
        if (mark && !cells.is(colMark, APPROVED)) throw new FastBail("标志");
        c.extra[i] = mark ? 1 : 0;
    }

    private void fieldAction(FastStepFile.Chunk c, int i, boolean mark) {
        if (!cells.empty(colEnd)) throw new FastBail("结束时间");
        int words = mark ? ACTION_MARKS.find(cells, colMark) : -1;
        if (mark && words < 0) throw new FastBail("标志");
        c.extra[i] = words < 0 ? 0 : words == 0 ? 1 : words == 1 ? 2 : 3;
    }

    private void deduction(FastStepFile.Chunk c, int i, int minute, boolean mark) {
        if (mark) throw new FastBail("标志");
        int endDay = cells.day(colEnd);
        if (endDay != Times.NONE && endDay < Times.dayOfMinute(minute)) throw new FastBail("结束时间");
        c.end[i] = endDay;
        c.note[i] = cells.empty(colNote) ? null : notes.text(cells, colNote);
    }

    private void extension(FastStepFile.Chunk c, int i, int minute, boolean mark) {
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

    private void single(FastStepFile.Chunk c, int i, int kind, boolean mark) {
        if (!cells.empty(colEnd)) throw new FastBail("结束时间");
        StepType type = SINGLE[kind];
        byte[] allowed = type == StepType.AUCTION_START ? ONLINE : type == StepType.OFFLINE_PROPERTY_FOUND ? REMOTE : null;
        if (mark && (allowed == null || !cells.is(colMark, allowed))) throw new FastBail("标志");
        c.extra[i] = mark ? 1 : 0;
    }

    /** Whether [from, to) equals the bytes at other of the same buffer; from the end, where numbers differ. */
    private static boolean sameBackwards(byte[] b, int from, int to, int other) {
        for (int i = to - 1, j = other + (to - from) - 1; i >= from; i--, j--) {
            if (b[i] != b[j]) return false;
        }
        return true;
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

}
