package cn.scorecard.core.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Definition levels in the RLE / bit-packing hybrid (bit width 1, V1 length prefix), against hand-made bytes. */
class LevelEncoderTest {
    private static String encode(boolean... levels) {
        ByteBuf b = new ByteBuf(16);
        LevelEncoder.write(levels, levels.length, b);
        return Hex.of(b);
    }

    private static boolean[] run(boolean v, int n) {
        boolean[] out = new boolean[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    @Test
    void aLongRunIsOneRleRun() {
        // length 2; header 10 << 1 = 0x14; the level in one byte.
        assertThat(encode(run(true, 10))).isEqualTo("02 00 00 00 14 01");
        // 200 << 1 = 400 = varint 0x90 0x03.
        assertThat(encode(run(false, 200))).isEqualTo("03 00 00 00 90 03 00");
    }

    @Test
    void mixedLevelsAreBitPackedInGroupsOfEightLowestBitFirst() {
        // 1 0 1 1 0 0 0 1 → bits 0, 2, 3, 7 → 0x8d; header 1 group << 1 | 1 = 0x03.
        assertThat(encode(true, false, true, true, false, false, false, true)).isEqualTo("02 00 00 00 03 8d");
    }

    @Test
    void theLastGroupIsPaddedWithZeros() {
        assertThat(encode(false, true, true)).isEqualTo("02 00 00 00 03 06");
    }

    @Test
    void groupsAndRunsAlternate() {
        boolean[] levels = new boolean[23];
        java.util.Arrays.fill(levels, true);
        levels[1] = false;
        levels[22] = false;
        // group of levels 0-7 (1 0 1 1 1 1 1 1 = 0xfd), run of 14 ones (levels 8-21: 0x1c 0x01), group of level 22 (0x00).
        assertThat(encode(levels)).isEqualTo("06 00 00 00 03 fd 1c 01 03 00");
    }

    @Test
    void onlyTheGivenCountIsEncoded() {
        ByteBuf b = new ByteBuf(16);
        LevelEncoder.write(new boolean[] {true, true, false, false}, 2, b);
        assertThat(Hex.of(b)).isEqualTo("02 00 00 00 03 03");
    }
}
