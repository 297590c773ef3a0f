package cn.scorecard.core.io;

import java.util.List;

/** Every problem of an import at once, so that a user fixes a file in one round. */
public class DataImportException extends RuntimeException {
    private final List<ImportError> errors;

    public DataImportException(List<ImportError> errors) {
        super("导入数据有 " + errors.size() + " 处错误");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
