package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the readers, over generated input: whatever the bytes, the reader answers with errors in
 * Chinese rather than an exception; an amount is either read exactly or reported at its cell; a row cut short
 * is always refused; any text written by {@link SafeCsv} reads back as written; every accepted spelling of a
 * date gives the same day.
 */
class ReaderProperties {
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fa5]");
    private static final String[] CASE_HEADER = {"法院代码", "案号", "立案日期", "申请标的额"};

    @Provide
    Arbitrary<String> amountTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.-+, e元'#/ ").ofMaxLength(20),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999999")).ofScale(2)
                        .map(BigDecimal::toPlainString));
    }

    @Property(tries = 500)
    void anAmountIsReadExactlyOrReportedAtItsCell(@ForAll("amountTexts") String cell) {
        List<Rows.Case> read = new ArrayList<>();
        List<ImportError> errors = readCase(new String[] {"豫1302", "（2024）豫1302执1号", "2024-01-08", cell}, read);
        String t = SafeCsv.restore(cell.strip());
        if (t.isEmpty() || AMOUNT.matcher(t).matches()) {
            assertThat(errors).isEmpty();
            long expected = t.isEmpty() ? -1 : new BigDecimal(t).movePointRight(2).longValueExact();
            assertThat(read).singleElement().satisfies(c -> assertThat(c.appliedFen()).isEqualTo(expected));
        } else {
            assertThat(errors).isNotEmpty().allSatisfy(e -> {
                assertThat(e.row()).isEqualTo(2);
                assertThat(e.column()).isEqualTo("申请标的额");
                assertThat(e.value()).isEqualTo(t);
            });
            assertThat(read).isEmpty();
        }
    }

    @Property(tries = 300)
    void aRowWithFewerOrMoreCellsThanTheHeaderIsAlwaysRefused(@ForAll @IntRange(min = 0, max = 8) int cells) {
        String[] row = Arrays.copyOf(new String[] {"豫1302", "（2024）豫1302执1号", "2024-01-08", "100"}, cells);
        Arrays.fill(row, Math.min(cells, 4), cells, "x");
        List<ImportError> errors = readCase(row, new ArrayList<>());
        if (cells == 0) {
            assertThat(errors).isEmpty(); // a row without cells is an empty line, skipped like one
        } else if (cells == CASE_HEADER.length) {
            assertThat(errors).isEmpty();
        } else {
            assertThat(errors).contains(new ImportError("案件.csv", null, 2, null, null,
                    "该行有 " + cells + " 个单元格，而标题行有 4 列（行被截断，或多了、少了分隔符？）"));
        }
    }

    @Property(tries = 200)
    void anyBytesGiveChineseErrorsNeverAnException(@ForAll @Size(max = 400) byte[] body, @ForAll boolean withHeader)
            throws IOException {
        Path dir = Files.createTempDirectory("prop-bytes");
        Path file = dir.resolve("法院.csv");
        byte[] header = withHeader ? "法院代码,法院名称,层级\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
        byte[] all = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        Files.write(file, all);
        Map<RecordType, List<TableInput>> in = new EnumMap<>(RecordType.class);
        in.put(RecordType.COURTS, List.of(TableInput.csv(file)));
        List<ImportError> errors = InterchangeReader.read(in, KnownKeys.NONE, ReadRules.bundled(), new ProvinceAssembler(),
                ReadProgress.NONE);
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.file()).isEqualTo("法院.csv");
            assertThat(e.row()).isBetween(0L, (long) all.length + 2);
            assertThat(CHINESE.matcher(e.reason()).find()).as(e.reason()).isTrue();
            assertThat(e.reason()).doesNotContain("Exception").doesNotContain("null");
        });
        Files.delete(file);
        Files.delete(dir);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u4e30').withChars('\t', '\n', '\r')
                .ofMinLength(1).ofMaxLength(60)
                .filter(s -> s.equals(s.strip()) && !s.isEmpty() && !(s.startsWith("'") && s.length() > 1
                        && SafeCsv.isFormulaStart(s.charAt(1))) && !s.startsWith("#"));
    }

    @Property(tries = 300)
    void textWrittenBySafeCsvReadsBackAsWritten(@ForAll("names") String name) throws IOException {
        StringWriter w = new StringWriter();
        try (SafeCsv csv = SafeCsv.to(w, List.of("法院代码", "法院名称", "层级"))) {
            csv.row("豫", name, "高级");
        }
        String written = w.toString();
        assertThat(written.split("\r\n", -1)[1]).doesNotStartWith("=");
        Path dir = Files.createTempDirectory("prop-names");
        Path file = Files.writeString(dir.resolve("法院.csv"), written, StandardCharsets.UTF_8);
        Map<RecordType, List<TableInput>> in = new EnumMap<>(RecordType.class);
        in.put(RecordType.COURTS, List.of(TableInput.csv(file)));
        ProvinceAssembler sink = new ProvinceAssembler();
        List<cn.scorecard.core.court.Court> courts = new ArrayList<>();
        RecordSink collect = new RecordSink() {
            @Override
            public void court(cn.scorecard.core.court.Court c) {
                courts.add(c);
            }
        };
        assertThat(InterchangeReader.read(in, KnownKeys.NONE, ReadRules.bundled(), collect, ReadProgress.NONE)).isEmpty();
        assertThat(courts).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo(name));
        Files.delete(file);
        Files.delete(dir);
    }

    @Property
    void aNeutralisedCellNeverStartsAFormula(@ForAll String text) {
        String safe = SafeCsv.neutralise(text);
        if (!safe.isEmpty() && SafeCsv.isFormulaStart(safe.charAt(0))) {
            assertThat(SafeCsv.isPlainNumber(text)).isTrue();
            assertThat(new BigDecimal(text).toPlainString()).isNotEmpty(); // a number Excel shows as a number
        }
        assertThat(SafeCsv.restore(safe)).isEqualTo(text);
    }

    @Property
    void everySpellingOfADateGivesTheSameDay(@ForAll @IntRange(min = -25567, max = 47482) int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay); // 1900-01-01 … 2099-12-31
        int expected = (int) d.toEpochDay();
        assertThat(DateTexts.day(d.toString())).isEqualTo(expected);
        assertThat(DateTexts.day(d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth())).isEqualTo(expected);
        assertThat(DateTexts.day(d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日")).isEqualTo(expected);
        assertThat(DateTexts.minute(d + " 09:30")).isEqualTo(expected * 1440 + 570);
    }

    /** 案件 with one row, against one court read just before. */
    private static List<ImportError> readCase(String[] row, List<Rows.Case> read) {
        Map<RecordType, List<TableInput>> in = new EnumMap<>(RecordType.class);
        in.put(RecordType.COURTS, List.of(new Memory("法院.csv", new String[] {"法院代码", "法院名称", "层级"},
                new String[] {"豫1302", "河南省高级人民法院", "高级"})));
        in.put(RecordType.CASES, List.of(new Memory("案件.csv", CASE_HEADER, row)));
        return InterchangeReader.read(in, KnownKeys.NONE, ReadRules.bundled(), new RecordSink() {
            @Override
            public void caseRow(Rows.Case c) {
                read.add(c);
            }
        }, ReadProgress.NONE);
    }

    /** A table of rows in memory, shaped like a CSV file. */
    private record Memory(String file, String[]... rows) implements TableInput {
        @Override
        public String sheet() {
            return null;
        }

        @Override
        public long estimatedRows() {
            return rows.length;
        }

        @Override
        public void rows(RowVisitor visitor) {
            for (int i = 0; i < rows.length; i++) {
                if (!visitor.row(i + 1, rows[i])) return;
            }
        }
    }
}
