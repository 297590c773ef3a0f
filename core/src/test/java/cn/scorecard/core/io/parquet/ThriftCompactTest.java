package cn.scorecard.core.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compact protocol against bytes worked out by hand from the Thrift specification. */
class ThriftCompactTest {
    private final ByteBuf buf = new ByteBuf(64);
    private final ThriftCompact t = new ThriftCompact(buf);

    @Test
    void aShortFieldHeaderIsTheDeltaAndTheTypeInOneByteAndIntegersAreZigzagVarints() {
        t.i32(1, 5).i32(2, -1).i64(5, 300).end();
        // 0x15 = delta 1, i32; zigzag(5) = 10; zigzag(-1) = 1. 0x36 = delta 3, i64; zigzag(300) = 600 = 0xd8 0x04.
        assertThat(Hex.of(buf)).isEqualTo("15 0a 15 01 36 d8 04 00");
    }

    @Test
    void aJumpOfMoreThanFifteenWritesTheTypeThenTheIdAsAZigzagVarint() {
        t.i32(1, 0).i32(20, 1).end();
        assertThat(Hex.of(buf)).isEqualTo("15 00 05 28 02 00");
    }

    @Test
    void booleansLiveInTheHeaderAndStringsAreLengthThenUtf8() {
        t.bool(1, true).bool(2, false).string(4, "ab").string(5, "案").end();
        assertThat(Hex.of(buf)).isEqualTo("11 12 28 02 61 62 18 03 e6 a1 88 00");
    }

    @Test
    void aNestedStructStartsItsIdsAtZeroAndTheOuterOneContinuesFromItsOwnLastId() {
        t.i32(1, 1).struct(2).i32(1, 7).end().i32(3, 2).end();
        assertThat(Hex.of(buf)).isEqualTo("15 02 1c 15 0e 00 15 04 00");
    }

    @Test
    void aListHeaderIsTheSizeAndTheElementType() {
        t.list(2, ThriftCompact.I32, 2).element(0).element(3);
        t.list(3, ThriftCompact.BINARY, 1).element("x");
        assertThat(Hex.of(buf)).isEqualTo("29 25 00 06 19 18 01 78");
    }

    @Test
    void aListOfFifteenOrMoreGivesItsSizeAsAVarint() {
        t.list(1, ThriftCompact.STRUCT, 15);
        for (int i = 0; i < 15; i++) t.begin().end();
        assertThat(Hex.of(buf)).startsWith("19 fc 0f 00 00").hasSize(3 * 3 - 1 + 15 * 3);
    }

    @Test
    void structsOfAListEachStartTheirIdsAtZero() {
        t.list(2, ThriftCompact.STRUCT, 2);
        t.begin().i32(4, 1).end();
        t.begin().i32(4, 2).end();
        t.i64(3, 9).end();
        assertThat(Hex.of(buf)).isEqualTo("29 2c 45 02 00 45 04 00 16 12 00");
    }
}
