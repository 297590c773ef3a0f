package cn.scorecard.core.io.parquet;

/** How the pages' bodies are stored: the CompressionCodec of parquet.thrift. */
public enum Compression {
    /** The levels and values as they are. */
    NONE(0),
    /** Each page body a gzip member (RFC 1952), as Parquet's GZIP codec has it; see {@link Gzip}. */
    GZIP(2);

    /** The codec's number in ColumnMetaData.codec. */
    final int codec;

    Compression(int codec) {
        this.codec = codec;
    }
}
