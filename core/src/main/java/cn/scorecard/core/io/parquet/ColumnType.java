package cn.scorecard.core.io.parquet;

/**
 * The kinds of column an export writes: the physical type (parquet.thrift's Type) and the annotations a reader needs
 * to show the value as meant: the legacy ConvertedType and the LogicalType union (field 10 of a SchemaElement).
 */
enum ColumnType {
    /** BYTE_ARRAY annotated STRING (UTF8). */
    TEXT(6, 0, 1),
    /** INT32 days since 1970-01-01, annotated DATE. */
    DATE(1, 6, 6),
    /** INT64 milliseconds since 1970-01-01 00:00 local time: TIMESTAMP(isAdjustedToUTC = false, MILLIS). */
    TIMESTAMP(2, 9, 8),
    /** A plain INT32. */
    INT32(1, -1, -1),
    /** INT64 hundredths (fen of a yuan amount) annotated DECIMAL(18, 2). */
    DECIMAL(2, 5, 5),
    /** BOOLEAN, bit-packed in a page. */
    BOOLEAN(0, -1, -1);

    static final int DECIMAL_PRECISION = 18;
    static final int DECIMAL_SCALE = 2;

    /** parquet.thrift Type: BOOLEAN 0, INT32 1, INT64 2, BYTE_ARRAY 6. */
    final int physical;
    private final int converted;
    private final int logical;

    ColumnType(int physical, int converted, int logical) {
        this.physical = physical;
        this.converted = converted;
        this.logical = logical;
    }

    /** The SchemaElement fields after the name: converted_type (6), scale (7), precision (8), logicalType (10). */
    void annotate(ThriftCompact t) {
        if (converted < 0) return;
        t.i32(6, converted);
        if (this == DECIMAL) t.i32(7, DECIMAL_SCALE).i32(8, DECIMAL_PRECISION);
        t.struct(10).struct(logical);
        if (this == DECIMAL) t.i32(1, DECIMAL_SCALE).i32(2, DECIMAL_PRECISION);
        if (this == TIMESTAMP) t.bool(1, false).struct(2).struct(1).end().end(); // isAdjustedToUTC, unit MILLIS
        t.end().end();
    }
}
