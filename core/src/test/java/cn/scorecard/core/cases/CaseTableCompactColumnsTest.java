package cn.scorecard.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact storage answers what the columns answered: 案号 spelled back exactly (the canonical ones from numbers,
 * any other spelling kept as text), every step of every case found (packed by case), staff indexes beyond two bytes,
 * a court from the row, a what-if change of a step, and the same through the snapshot's columns.
 */
class CaseTableCompactColumnsTest {
    private static final int DAY = Times.MINUTES_PER_DAY;
    private static final String[] NUMBERS = {"（2025）江0102执1号", "（2024）江0102执恢23号", "(2025)江0102执7号",
            "（2025） 江0102执8号", "（2025）江0102执0012号", "（0999）江执他9999999号", "（2025）江0102执12345678号", "（2025）执3号"};

    @Test
    void everyCaseNumberIsSpelledBackAsItWasGiven() throws Exception {
        CaseTableBuilder b = new CaseTableBuilder(3);
        int[] rows = new int[NUMBERS.length];
        for (int i = 0; i < NUMBERS.length; i++) {
            rows[i] = b.addCase(2 - i % 3, NUMBERS[i], CaseType.FIRST_ENFORCEMENT, 20_000, Times.NONE, null, null, -1, -1,
                    i, -1, -1);
        }
        CaseTable t = b.build();
        for (CaseTable table : new CaseTable[] {t, roundTrip(t)}) {
            for (int i = 0; i < NUMBERS.length; i++) {
                int r = b.newRow(rows[i]);
                assertThat(table.number(r)).isEqualTo(NUMBERS[i]);
                assertThat(table.court(r)).isEqualTo(2 - i % 3);
                assertThat(table.judge(r)).isEqualTo(i);
            }
        }
    }

    @Test
    void stepsPackedByCaseAnswerAsDenseColumnsDid() throws Exception {
        Random random = new Random(7);
        int n = 300;
        StepType[] types = StepType.values();
        int[][] expected = new int[types.length][n];
        CaseTableBuilder b = new CaseTableBuilder(4);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            int filed = 19_000 + random.nextInt(2_000);
            rows[i] = b.addCase(random.nextInt(4), "（2025）江0102执" + (i + 1) + "号", CaseType.FIRST_ENFORCEMENT, filed,
                    Times.NONE, null, null, -1, -1, i == 5 ? 70_000 : -1, i == 6 ? 65_535 : -1, -1);
            for (int s = 0; s < types.length; s++) {
                expected[s][i] = Times.NONE;
                // some steps on other days, some in 1990 or 2090 (far from the filing day), some twice
                int k = random.nextInt(5);
                for (int j = 0; j < k && s != 3; j++) {
                    int minute = random.nextInt(10) == 0 ? (random.nextBoolean() ? 7_000 : 44_000) * DAY
                            : filed * DAY + random.nextInt(400 * DAY);
                    b.step(rows[i], types[s], minute);
                    expected[s][i] = expected[s][i] == Times.NONE ? minute : Math.min(expected[s][i], minute);
                }
            }
        }
        CaseTable t = b.build();
        for (CaseTable table : new CaseTable[] {t, roundTrip(t)}) {
            for (int s = 0; s < types.length; s++) {
                int[] col = table.stepColumn(types[s]);
                if (s == 3) {
                    assertThat(col).isNull();
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    int r = b.newRow(rows[i]);
                    assertThat(table.step(r, types[s])).isEqualTo(expected[s][i]);
                    assertThat(col[r]).isEqualTo(expected[s][i]);
                }
            }
            assertThat(table.judge(b.newRow(rows[5]))).isEqualTo(70_000);
            assertThat(table.assistant(b.newRow(rows[6]))).isEqualTo(65_535);
            assertThat(table.assistant(b.newRow(rows[7]))).isEqualTo(-1);
        }

        int r = b.newRow(rows[0]);
        CaseScratch scratch = new CaseScratch(t);
        scratch.step(r, StepType.FINE, 123);
        assertThat(scratch.table().step(r, StepType.FINE)).isEqualTo(123);
        assertThat(scratch.table().stepColumn(StepType.FINE)[r]).isEqualTo(123);
        assertThat(t.step(r, StepType.FINE)).isEqualTo(expected[StepType.FINE.ordinal()][0]);
        scratch.reset();
        assertThat(scratch.table().step(r, StepType.FINE)).isEqualTo(expected[StepType.FINE.ordinal()][0]);
    }

    @Test
    void aBuiltBuilderGivesItsTableAgainAndTakesNothingMore() {
        CaseTableBuilder b = new CaseTableBuilder(1);
        int a = b.addCase(0, "（2025）江0102执1号", CaseType.FIRST_ENFORCEMENT, 20_000, Times.NONE, null, null, -1, -1, -1, -1, -1);
        CaseTable t = b.build();
        assertThat(b.build()).isSameAs(t);
        assertThatThrownBy(() -> b.step(a, StepType.FINE, 1)).isInstanceOf(IllegalStateException.class);
    }

    private static CaseTable roundTrip(CaseTable t) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CaseTableFile.write(t, out);
        }
        return CaseTableFile.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
