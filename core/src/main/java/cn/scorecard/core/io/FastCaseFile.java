package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseCategory;
import cn.scorecard.core.cases.CaseFlag;
import cn.scorecard.core.cases.CaseTableBuilder;
import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.cases.ClosingMethod;
import cn.scorecard.core.cases.Times;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * 案件.csv read from bytes: chunks are parsed on every core (dates, amounts and codes straight from the bytes,
 * staff and courts looked up), then added in file order on the caller's thread, keyed by {@link CaseKeys}.
 * Accepts only what {@link CaseFileReader} accepts with the same result; anything else is a {@link FastBail}.
 */
final class FastCaseFile {
    private static final ClosingMethod[] METHODS = ClosingMethod.values();
    private static final CaseCategory[] CATEGORIES = CaseCategory.values();
    private static final CaseType[] TYPES = CaseType.values();
    private static final ByteWords METHOD_WORDS = new ByteWords(Arrays.stream(METHODS).map(ClosingMethod::label).toList());
    private static final ByteWords CATEGORY_WORDS = new ByteWords(Arrays.stream(CATEGORIES).map(CaseCategory::label).toList());
    private static final byte[] YES = ByteCells.utf8("是");
    private static final byte[] NO = ByteCells.utf8("否");
    private static final int MAX_NUMBER_BYTES = 80; // 案号:80 characters; a UTF-8 character has at least one byte

    private FastCaseFile() {
    }

    /** Parsed rows of one chunk, in columns. */
    private static final class Chunk {
        byte[] buf;
        int size;
        int[] court = new int[4096], numFrom = new int[4096], numTo = new int[4096], filed = new int[4096],
                closed = new int[4096], judge = new int[4096], assistant = new int[4096], clerk = new int[4096];
        byte[] method = new byte[4096], category = new byte[4096], flags = new byte[4096];
        long[] applied = new long[4096], delivered = new long[4096];

        void grow() {
            int n = court.length * 2;
            court = Arrays.copyOf(court, n); numFrom = Arrays.copyOf(numFrom, n); numTo = Arrays.copyOf(numTo, n);
            filed = Arrays.copyOf(filed, n); closed = Arrays.copyOf(closed, n); judge = Arrays.copyOf(judge, n);
            assistant = Arrays.copyOf(assistant, n); clerk = Arrays.copyOf(clerk, n); method = Arrays.copyOf(method, n);
            category = Arrays.copyOf(category, n); flags = Arrays.copyOf(flags, n); applied = Arrays.copyOf(applied, n);
            delivered = Arrays.copyOf(delivered, n);
        }
    }

    static void read(Path file, ProvinceAssembler assembler, CaseKeys keys, ByteChunks chunks) throws IOException {
        ByteChunks.Header header = ByteChunks.header(file);
        int[] pos = FastColumns.positions(CaseFileReader.SPEC, header.names());
        ByteCodes courts = new ByteCodes(assembler.courtIndex());
        ByteCodes staff = new ByteCodes(assembler.staffIndex());
        CaseTableBuilder builder = assembler.cases();
        CaseKeys.Cursor cursor = new CaseKeys.Cursor();
        NumberPrefixes prefixes = new NumberPrefixes(keys, builder);
        Queue<Chunk> spare = new ConcurrentLinkedQueue<>(); // columns used again once applied, as for the steps
        chunks.run(file, header.end(), (buf, from, to) -> parse(buf, from, to, pos, header.names().length, courts, staff,
                        spare.poll()),
                c -> {
                    for (int i = 0; i < c.size; i++) {
                        long key = keys.key(c.court[i], c.buf, c.numFrom[i], c.numTo[i], true, cursor);
                        if (key == CaseKeys.NO_KEY) throw new FastBail("案号 not canonical");
                        int type = CaseKeys.typeOf(key);
                        ClosingMethod m = c.method[i] < 0 ? null : METHODS[c.method[i]];
                        int row = builder.addCaseCoded(c.court[i], prefixes.idOf(key), CaseKeys.yearOf(key), type,
                                CaseKeys.serialOf(key), TYPES[type], c.filed[i], c.closed[i], m,
                                c.category[i] < 0 ? null : CATEGORIES[c.category[i]], c.applied[i], c.delivered[i],
                                c.judge[i], c.assistant[i], c.clerk[i]);
                        if (!keys.put(key, row * 2 + (m == ClosingMethod.TERMINATED_THIS_ROUND ? 1 : 0))) {
                            throw new FastBail("duplicate case");
                        }
                        int f = c.flags[i];
                        if ((f & 1) != 0) builder.flag(row, CaseFlag.WHEREABOUTS_UNKNOWN);
                        if ((f & 2) != 0) builder.flag(row, CaseFlag.DISHONEST_NOT_APPLICABLE);
                        if ((f & 4) != 0) builder.flag(row, CaseFlag.OUTSIDE_SYSTEM);
                    }
                    c.buf = null;
                    spare.offer(c);
                });
    }

    private static Chunk parse(byte[] buf, int from, int to, int[] p, int width, ByteCodes courts, ByteCodes staff,
                               Chunk spare) {
        Chunk c = spare != null ? spare : new Chunk();
        c.size = 0;
        c.buf = buf;
        // every column but the 案号 (whose court prefix becomes text) is parsed as ASCII or compared exactly
        ByteCells cells = new ByteCells(width, 0, FastColumns.exact(width, p, CaseFileReader.COURT, CaseFileReader.FILED,
                CaseFileReader.CLOSED, CaseFileReader.METHOD, CaseFileReader.CATEGORY, CaseFileReader.APPLIED,
                CaseFileReader.DELIVERED, CaseFileReader.JUDGE, CaseFileReader.ASSISTANT, CaseFileReader.CLERK,
                CaseFileReader.WHEREABOUTS_UNKNOWN, CaseFileReader.NO_DISHONEST, CaseFileReader.OUTSIDE_SYSTEM));
        Lines lines = new Lines(cells, p, new FastColumns.Lookup(courts), new FastColumns.Lookup(staff),
                new FastColumns.Lookup(staff), new FastColumns.Lookup(staff));
        for (int next = from; next < to; ) next = lines.parse(c, buf, next, to);
        return c;
    }

    /**
     * A chunk's lines, parsed one call per line (a method the JIT compiles early and once, as {@link StepLines}
     * explains), with the cells, the columns' positions and the court and staff lookups.
     */
    private record Lines(ByteCells cells, int[] p, FastColumns.Lookup court, FastColumns.Lookup judge,
                         FastColumns.Lookup assistant, FastColumns.Lookup clerk) {
        /** Parses the line at {@code from} into the chunk's next row and returns where the next line starts. */
        int parse(Chunk c, byte[] buf, int from, int to) {
            int next = cells.splitLine(buf, from, to);
            if (c.size == c.court.length) c.grow();
            int i = c.size++;
            c.court[i] = court.required(cells, p[CaseFileReader.COURT]);
            int number = p[CaseFileReader.NUMBER];
            if (cells.empty(number) || cells.length(number) > MAX_NUMBER_BYTES) throw new FastBail("案号");
            c.numFrom[i] = cells.start[number];
            c.numTo[i] = cells.end[number];
            int filed = p[CaseFileReader.FILED];
            if (cells.empty(filed)) throw new FastBail("立案日期");
            c.filed[i] = cells.day(filed);
            c.closed[i] = cells.day(p[CaseFileReader.CLOSED]);
            boolean hasMethod = !cells.empty(p[CaseFileReader.METHOD]);
            int m = hasMethod ? METHOD_WORDS.find(cells, p[CaseFileReader.METHOD]) : -1;
            if (hasMethod && m < 0 || hasMethod != (c.closed[i] != Times.NONE)) throw new FastBail("结案方式");
            if (c.closed[i] != Times.NONE && c.closed[i] < c.filed[i]) throw new FastBail("结案日期");
            c.method[i] = (byte) m;
            int category = p[CaseFileReader.CATEGORY];
            int cat = cells.empty(category) ? -1 : CATEGORY_WORDS.find(cells, category);
            if (cat < 0 && !cells.empty(category)) throw new FastBail("案件类别");
            c.category[i] = (byte) cat;
            c.applied[i] = p[CaseFileReader.APPLIED] < 0 ? -1 : cells.fen(p[CaseFileReader.APPLIED]);
            c.delivered[i] = p[CaseFileReader.DELIVERED] < 0 ? -1 : cells.fen(p[CaseFileReader.DELIVERED]);
            c.judge[i] = judge.optional(cells, p[CaseFileReader.JUDGE]);
            c.assistant[i] = assistant.optional(cells, p[CaseFileReader.ASSISTANT]);
            c.clerk[i] = clerk.optional(cells, p[CaseFileReader.CLERK]);
            c.flags[i] = (byte) (yes(cells, p[CaseFileReader.WHEREABOUTS_UNKNOWN]) | yes(cells, p[CaseFileReader.NO_DISHONEST]) << 1
                    | yes(cells, p[CaseFileReader.OUTSIDE_SYSTEM]) << 2);
            return next;
        }
    }

    /** The builder's id of each key's court prefix, looked up once per prefix (a province has a few hundred). */
    private static final class NumberPrefixes {
        private final CaseKeys keys;
        private final CaseTableBuilder builder;
        private int[] ids = new int[0];

        NumberPrefixes(CaseKeys keys, CaseTableBuilder builder) {
            this.keys = keys;
            this.builder = builder;
        }

        int idOf(long key) {
            int code = CaseKeys.prefixCodeOf(key);
            if (code >= ids.length) {
                int old = ids.length;
                ids = Arrays.copyOf(ids, Math.max(code + 1, old * 2));
                Arrays.fill(ids, old, ids.length, -2);
            }
            if (ids[code] == -2) ids[code] = builder.numberPrefix(keys.prefixOf(key));
            if (ids[code] < 0) throw new FastBail("too many 案号 prefixes");
            return ids[code];
        }
    }

    private static int yes(ByteCells cells, int col) {
        if (cells.empty(col) || cells.is(col, NO)) return 0;
        if (cells.is(col, YES)) return 1;
        throw new FastBail("是/否");
    }
}
