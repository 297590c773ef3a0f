package cn.scorecard.core.io;

/**
 * A table that reads another one (prefetched, or mapped by a profile): its name, sheet and size are the source's,
 * so every message names the file and sheet the user gave.
 */
public abstract class ForwardingTableInput implements TableInput {
    protected final TableInput source;

    protected ForwardingTableInput(TableInput source) {
        this.source = source;
    }

    @Override
    public String file() {
        return source.file();
    }

    @Override
    public String sheet() {
        return source.sheet();
    }

    @Override
    public long estimatedRows() {
        return source.estimatedRows();
    }
}
