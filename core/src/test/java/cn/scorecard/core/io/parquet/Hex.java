package cn.scorecard.core.io.parquet;

import java.util.HexFormat;

/** Bytes as the tests write them by hand: "15 0a 00". */
final class Hex {
    private Hex() {
    }

    static String of(ByteBuf b) {
        return of(b.toArray());
    }

    static String of(byte[] b) {
        return HexFormat.ofDelimiter(" ").formatHex(b);
    }
}
