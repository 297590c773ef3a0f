package cn.scorecard.core.mapping;

import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.TableInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the tables made from one source report its problems. One source feeds several record types and is read
 * once for each, so the same bad cell would be reported once per type: a problem is reported once per row and
 * column. Until the reader attaches its errors, problems are kept here (a preview reads them from here).
 */
final class Reporter {
    private final List<ImportError> kept = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private TableInput.Problems target = (file, sheet, row, column, value, reason) ->
            kept.add(new ImportError(file, sheet, row, column, value, reason));

    void attach(TableInput.Problems problems) {
        target = problems;
    }

    void add(String file, String sheet, long row, String column, String value, String reason) {
        if (seen.add(row + "\u0000" + column + "\u0000" + reason)) target.add(file, sheet, row, column, value, reason);
    }

    List<ImportError> kept() {
        return List.copyOf(kept);
    }
}
