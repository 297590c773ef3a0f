package cn.scorecard.core.mapping;

import java.util.List;

/**
 * Wide to long: every non-empty cell of the listed source columns becomes a row, with the column's name (a
 * step of ours) in {@code nameColumn} and the cell (a time, reformatted by {@code dateFormats}) in
 * {@code valueColumn}; the other columns of the record come from the same source row.
 */
public record StepColumns(String nameColumn, String valueColumn, List<StepColumn> columns, List<String> dateFormats) {
    public StepColumns {
        columns = List.copyOf(columns);
        dateFormats = List.copyOf(dateFormats);
    }

    /** A source column (several spellings) and the value it stands for. */
    public record StepColumn(List<String> aliases, String value) {
        public StepColumn {
            aliases = List.copyOf(aliases);
        }
    }
}
