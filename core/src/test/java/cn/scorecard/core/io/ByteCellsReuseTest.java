package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Taking the leading cells over from the line before splits every line exactly as looking at every byte does: the
 * same cells, the same next line, the same bail.
 */
class ByteCellsReuseTest {
    private static final String[] PIECES = {"江0102", "江0103", "（2025）江0102执12号", "（2025）江0102执13号", "执行通知",
        "2025-01-02 09:00", "", " 江0102", "a\"b", "1", "\u3000x", "甲", ",", "\r"};

    @Test
    void reusedLeadingCellsSplitLikeAFullScan() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            byte[] b = text(random).getBytes(StandardCharsets.UTF_8);
            assertThat(split(b, 2)).as("round %d: %s", round, new String(b, StandardCharsets.UTF_8)).isEqualTo(split(b, 0));
        }
    }

    @Test
    void aRepeatedCaseIsTakenOverAndADifferentOneIsNot() {
        byte[] b = ("江0102,（2025）江0102执12号,执行通知,2025-01-02 09:00\n"
                + "江0102,（2025）江0102执12号,立案,2025-01-03 09:00\n"
                + "江0102,（2025）江0102执13号,立案,2025-01-03 09:00\n").getBytes(StandardCharsets.UTF_8);
        ByteCells cells = new ByteCells(4, 2);
        int next = cells.splitLine(b, 0, b.length);
        next = cells.splitLine(b, next, b.length);
        assertThat(cell(cells, b, 1)).isEqualTo("（2025）江0102执12号");
        assertThat(cell(cells, b, 2)).isEqualTo("立案");
        cells.splitLine(b, next, b.length);
        assertThat(cell(cells, b, 1)).isEqualTo("（2025）江0102执13号");
        assertThat(cell(cells, b, 0)).isEqualTo("江0102");
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        String lead = PIECES[random.nextInt(4)] + "," + PIECES[2 + random.nextInt(2)] + ",";
        int lines = 1 + random.nextInt(5);
        for (int l = 0; l < lines; l++) {
            s.append(random.nextInt(4) == 0 ? PIECES[random.nextInt(PIECES.length)] + "," + PIECES[random.nextInt(PIECES.length)] + "," : lead);
            int cells = 1 + random.nextInt(3);
            for (int c = 0; c < cells; c++) {
                if (c > 0) s.append(',');
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(8) > 0 || l < lines - 1) s.append(random.nextBoolean() ? "\n" : "\r\n");
        }
        return s.toString();
    }

    /** Every line's cells and next start, until the end or a bail (its message). */
    private static List<String> split(byte[] b, int reused) {
        List<String> out = new ArrayList<>();
        ByteCells cells = new ByteCells(4, reused);
        try {
            for (int next = 0; next < b.length; ) {
                next = cells.splitLine(b, next, b.length);
                StringBuilder line = new StringBuilder().append(next).append(':');
                for (int c = 0; c < 4; c++) line.append(cells.start[c]).append('-').append(cell(cells, b, c)).append('|');
                out.add(line.toString());
            }
        } catch (FastBail e) {
            out.add("bail " + e.getMessage());
        }
        return out;
    }

    private static String cell(ByteCells cells, byte[] b, int c) {
        return new String(b, cells.start[c], cells.end[c] - cells.start[c], StandardCharsets.UTF_8);
    }
}
