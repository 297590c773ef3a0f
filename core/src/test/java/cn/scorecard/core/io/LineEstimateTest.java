package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case file's lines estimated to size the table once: exact for a small file, a little above for a large one. */
class LineEstimateTest {
    @TempDir
    Path dir;

    @Test
    void aSmallFileIsCountedExactlyWithOrWithoutItsLastNewline() throws IOException {
        assertThat(LineEstimate.of(write("a.csv", "法院代码,案号\nR1,1\nR1,2\nR1,3\n"))).isEqualTo(3);
        assertThat(LineEstimate.of(write("b.csv", "法院代码,案号\nR1,1\nR1,2"))).isEqualTo(2);
        assertThat(LineEstimate.of(write("c.csv", "法院代码,案号\n"))).isZero();
        assertThat(LineEstimate.of(write("d.csv", "法院代码,案号"))).isZero();
        assertThat(LineEstimate.of(dir.resolve("none.csv"))).isZero();
    }

    @Test
    void aLargeFileIsEstimatedFromItsFirstLinesALittleAbove() throws IOException {
        StringBuilder text = new StringBuilder("法院代码,案号,立案日期,备注\n");
        Random random = new Random(7);
        int lines = 40_000; // some 1.6 MB: six times the sample
        for (int i = 0; i < lines; i++) {
            text.append("R").append(random.nextInt(100)).append(",（2024）江执").append(i).append("号,2024-01-31,")
                    .append("x".repeat(random.nextInt(10))).append('\n');
        }
        Path file = write("large.csv", text.toString());
        assertThat(Files.size(file)).isGreaterThan(4L * LineEstimate.SAMPLE);
        assertThat(LineEstimate.of(file)).isBetween(lines, lines + lines / 20);
    }

    private Path write(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }
}
