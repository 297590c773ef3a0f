package cn.scorecard.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Codes found by their bytes anywhere in a buffer, exactly: not a prefix, not a longer code, not another case. */
class ByteCodesTest {
    @Test
    void everyCodeIsFoundAndNothingElse() {
        Map<String, Integer> index = new HashMap<>();
        for (int court = 0; court < 120; court++) {
            for (int person = 0; person < 40; person++) index.put("R" + court + "-" + person, court * 40 + person);
        }
        index.put("江0102", 99_999);
        ByteCodes codes = new ByteCodes(index);
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            byte[] b = ("x," + e.getKey() + ",y").getBytes(StandardCharsets.UTF_8);
            assertThat(codes.find(b, 2, b.length - 2)).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(find(codes, "R1-1")).isEqualTo(41);
        assertThat(find(codes, "R1-")).isEqualTo(-1);
        assertThat(find(codes, "R1-10 ")).isEqualTo(-1);
        assertThat(find(codes, "r1-1")).isEqualTo(-1);
        assertThat(find(codes, "江0103")).isEqualTo(-1);
        assertThat(find(codes, "")).isEqualTo(-1);
        assertThat(new ByteCodes(Map.of()).find(new byte[0], 0, 0)).isEqualTo(-1);
    }

    private static int find(ByteCodes codes, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return codes.find(b, 0, b.length);
    }
}
