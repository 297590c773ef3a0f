package cn.scorecard.core.io.parquet;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * A column of an exported table: its name, type, whether it may be null, and how a row's value is appended in
 * PLAIN encoding (4 or 8 bytes little-endian, a BYTE_ARRAY as its 4-byte length and bytes, a BOOLEAN as one byte
 * that the page packs into a bit). Rows are whatever index the table's writer passes.
 */
record Column(String name, ColumnType type, boolean optional, Value value) {
    /** Null in an int column (also {@link cn.scorecard.core.cases.Times#NONE}). */
    static final int NULL_INT = Integer.MIN_VALUE;
    /** Null in a long column. */
    static final long NULL_LONG = Long.MIN_VALUE;
    private static final long MILLIS_PER_MINUTE = 60_000L;

    /** Appends the row's value; false (nothing appended) when it is null. */
    interface Value {
        boolean write(int row, ByteBuf out);
    }

    static Column text(String name, boolean optional, IntFunction<String> text) {
        return new Column(name, ColumnType.TEXT, optional, (row, out) -> {
            String s = text.apply(row);
            if (s == null) return false;
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.int32(b.length);
            out.put(b);
            return true;
        });
    }

    /** Epoch days; {@link #NULL_INT} is null. */
    static Column date(String name, boolean optional, IntUnaryOperator epochDay) {
        return ints(name, ColumnType.DATE, optional, epochDay);
    }

    static Column int32(String name, boolean optional, IntUnaryOperator value) {
        return ints(name, ColumnType.INT32, optional, value);
    }

    /** Epoch minutes of local time, written as milliseconds; {@link #NULL_INT} is null. */
    static Column timestamp(String name, boolean optional, IntUnaryOperator epochMinute) {
        return new Column(name, ColumnType.TIMESTAMP, optional, (row, out) -> {
            int m = epochMinute.applyAsInt(row);
            if (m == NULL_INT) return false;
            out.int64(m * MILLIS_PER_MINUTE);
            return true;
        });
    }

    /** Hundredths (fen) as DECIMAL(18, 2); {@link #NULL_LONG} is null. */
    static Column decimal(String name, boolean optional, IntToLongFunction hundredths) {
        return new Column(name, ColumnType.DECIMAL, optional, (row, out) -> {
            long v = hundredths.applyAsLong(row);
            if (v == NULL_LONG) return false;
            out.int64(v);
            return true;
        });
    }

    static Column bool(String name, IntPredicate value) {
        return new Column(name, ColumnType.BOOLEAN, false, (row, out) -> {
            out.put(value.test(row) ? 1 : 0);
            return true;
        });
    }

    private static Column ints(String name, ColumnType type, boolean optional, IntUnaryOperator value) {
        return new Column(name, type, optional, (row, out) -> {
            int v = value.applyAsInt(row);
            if (v == NULL_INT) return false;
            out.int32(v);
            return true;
        });
    }
}
