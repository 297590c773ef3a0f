package cn.scorecard.core.io;

import java.util.List;

/**
 * A data directory could not be imported. It carries every error found (not only the first), so that the
 * person preparing the data can fix them all in one go; nothing partly imported is ever returned.
 */
public class DataImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** How many errors the message lists; {@link #errors()} has them all. */
    static final int MESSAGE_LIMIT = 50;

    private final List<ImportError> errors;

    public DataImportException(List<ImportError> errors) {
        super(message(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String message(List<ImportError> errors) {
        StringBuilder sb = new StringBuilder("数据导入失败，共 ").append(errors.size()).append(" 个错误：");
        int shown = Math.min(errors.size(), MESSAGE_LIMIT);
        for (int i = 0; i < shown; i++) sb.append('\n').append(errors.get(i));
        if (errors.size() > shown) sb.append("\n……另有 ").append(errors.size() - shown).append(" 个错误未列出");
        return sb.toString();
    }
}
