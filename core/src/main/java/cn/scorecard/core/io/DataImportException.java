package cn.scorecard.core.io;

import java.util.List;

/** Every problem of an import at once, so that a user fixes a file in one round. */
public class DataImportException extends RuntimeException {
    private final List<ImportError> errors;

    public DataImportException(List<ImportError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    private static String summary(List<ImportError> errors) {
        StringBuilder sb = new StringBuilder("导入数据有 " + errors.size() + " 处错误");
        for (ImportError e : errors.subList(0, Math.min(errors.size(), 20))) {
            sb.append("\n").append(e.file());
            if (e.sheet() != null) sb.append(" [").append(e.sheet()).append("]");
            sb.append(" 第").append(e.row()).append("行");
            if (e.column() != null) sb.append(" 列“").append(e.column()).append("”");
            if (e.value() != null && !e.value().isEmpty()) sb.append(" 值“").append(e.value()).append("”");
            sb.append(": ").append(e.reason());
        }
        return sb.toString();
    }
}
