package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The separators found eight bytes at a time: lines of random cells (ASCII and Chinese, of every length around the
 * eight-byte words, LF and CRLF, with and without a final line end) split into exactly the cells they were made of;
 * a quote, a lone carriage return or broken UTF-8 in a checked column anywhere is a bail, broken UTF-8 in an exact
 * column is kept as it is (it can match no word).
 */
class ByteCellsSplitTest {
    private static final String[] CHINESE = {"执行通知", "江0102", "（2025）江0102执12号", "是", "甲乙丙丁戊己庚辛壬癸"};
    private static final int WIDTH = 5;

    @Test
    void randomLinesSplitIntoTheirCells() {
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            List<List<String>> lines = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int l = 0; l < count; l++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < WIDTH; c++) cells.add(cell(random));
                lines.add(cells);
                text.append(String.join(",", cells));
                if (l < count - 1 || random.nextBoolean()) text.append(random.nextBoolean() ? "\n" : "\r\n");
            }
            byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
            ByteCells cells = new ByteCells(WIDTH);
            int next = 0;
            for (List<String> expected : lines) {
                next = cells.splitLine(b, next, b.length);
                List<String> got = new ArrayList<>();
                for (int c = 0; c < WIDTH; c++) {
                    got.add(new String(b, cells.start[c], cells.end[c] - cells.start[c], StandardCharsets.UTF_8));
                }
                assertThat(got).as("round %d: %s", round, text).isEqualTo(expected);
            }
            assertThat(next).as("round %d", round).isEqualTo(b.length);
        }
    }

    @Test
    void aQuoteOrALoneCarriageReturnAnywhereIsABail() {
        Random random = new Random(8);
        for (int round = 0; round < 500; round++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < WIDTH; c++) line.append(c > 0 ? "," : "").append(cell(random));
            int at = random.nextInt(line.length() + 1);
            String bad = random.nextBoolean() ? "\"" : "\rx";
            byte[] b = (line.substring(0, at) + bad + line.substring(at) + "\n").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> new ByteCells(WIDTH).splitLine(b, 0, b.length)).as("%s", new String(b, StandardCharsets.UTF_8))
                    .isInstanceOf(FastBail.class);
        }
    }

    @Test
    void brokenUtf8IsABailInACheckedColumnAndKeptInAnExactOne() {
        for (int col = 0; col < WIDTH; col++) {
            for (byte[] broken : new byte[][] {{(byte) 0xE6, (byte) 0x89}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE6, ',', (byte) 0x89}}) {
                byte[] b = line(col, broken);
                assertThatThrownBy(() -> new ByteCells(WIDTH).splitLine(b, 0, b.length)).isInstanceOf(FastBail.class);
                if (broken[1 % broken.length] == ',') continue; // a separator inside: the cell count changes
                boolean[] exact = new boolean[WIDTH];
                exact[col] = true;
                ByteCells cells = new ByteCells(WIDTH, 0, exact);
                assertThat(cells.splitLine(b, 0, b.length)).isEqualTo(b.length);
                assertThat(cells.length(col)).isEqualTo(("执" + "x").getBytes(StandardCharsets.UTF_8).length + broken.length);
                assertThat(new ByteWords(List.of("执x")).find(cells, col)).isEqualTo(-1);
            }
        }
    }

    /** A line of five cells whose cell col is 执, the broken bytes, then x. */
    private static byte[] line(int col, byte[] broken) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c = 0; c < WIDTH; c++) {
            if (c > 0) out.write(',');
            if (c == col) {
                out.writeBytes("执".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(broken);
                out.write('x');
            } else {
                out.writeBytes(("cell" + c).getBytes(StandardCharsets.UTF_8));
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Empty, ASCII of 1–20 characters (digits, letters, '-', '.', ':' and inner spaces), or Chinese. */
    private static String cell(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> CHINESE[random.nextInt(CHINESE.length)];
            default -> {
                String alphabet = "0123456789abcXYZ-.:/ ";
                StringBuilder s = new StringBuilder("a");
                int n = random.nextInt(20);
                for (int i = 0; i < n; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                yield s.append('9').toString();
            }
        };
    }
}
