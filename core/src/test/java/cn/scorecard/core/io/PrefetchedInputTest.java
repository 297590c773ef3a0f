package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows come in order; a failure comes after the rows before it; stopping early or failing ends the parser. */
class PrefetchedInputTest {
    private static TableInput source(String name, int rows, int failAt) {
        return new TableInput() {
            public String file() {
                return name;
            }

            public String sheet() {
                return null;
            }

            public long estimatedRows() {
                return rows;
            }

            public void rows(RowVisitor visitor) throws IOException {
                for (int i = 1; i <= rows; i++) {
                    if (i == failAt) throw new IOException("broken at " + i);
                    if (!visitor.row(i, new String[] {Integer.toString(i)})) return;
                }
            }
        };
    }

    @Test
    void rowsInOrderThenTheFailure() {
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> new PrefetchedInput(source("a", 5_000, 1_700)).rows((n, c) -> seen.add(n)))
                .isInstanceOf(IOException.class).hasMessage("broken at 1700");
        assertThat(seen).hasSize(1_699).startsWith(1L, 2L).endsWith(1_699L);
    }

    @Test
    void stoppingEarlyOrFailingInTheVisitorEndsTheParser() throws Exception {
        List<Long> seen = new ArrayList<>();
        new PrefetchedInput(source("stop-early", 100_000, -1)).rows((n, c) -> seen.add(n) && n < 5);
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThatThrownBy(() -> new PrefetchedInput(source("visitor-fails", 100_000, -1)).rows((n, c) -> {
            throw new IllegalStateException("sink failed");
        })).hasMessage("sink failed");
        for (int i = 0; i < 50 && parserAlive(); i++) Thread.sleep(20);
        assertThat(parserAlive()).isFalse();
    }

    private static boolean parserAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("scorecard-parse-stop-early") || t.getName().equals("scorecard-parse-visitor-fails"));
    }
}
