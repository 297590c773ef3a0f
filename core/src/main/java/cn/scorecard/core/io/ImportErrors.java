package cn.scorecard.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one import. Collection stops at {@link #LIMIT}: a file with a systematic mistake
 * (a wrong date format in every row of a million) would otherwise hold the whole file in error objects,
 * and nobody reads past the first thousands anyway.
 */
final class ImportErrors {
    static final int LIMIT = 100_000;

    private final List<ImportError> errors = new ArrayList<>();
    private boolean full;

    void add(String file, long row, String column, String value, String reason) {
        add(file, null, row, column, value, reason);
    }

    void add(String file, String sheet, long row, String column, String value, String reason) {
        if (full) return;
        if (errors.size() == LIMIT) {
            full = true;
            errors.add(new ImportError(file, sheet, 0, null, null,
                    "错误超过 " + LIMIT + " 个，已停止检查，请先修正以上错误"));
            return;
        }
        errors.add(new ImportError(file, sheet, row, column, value, reason));
    }

    boolean isFull() {
        return full;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    int size() {
        return errors.size();
    }

    List<ImportError> list() {
        return List.copyOf(errors);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) throw new DataImportException(errors);
    }
}
