package cn.scorecard.core.mapping;

import cn.scorecard.core.io.TableInput;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The rules of one record type resolved against a source header: where each source column is, then per row
 * the cells of our columns. A source column the profile needs and the header lacks is reported at the header
 * row (unless its rule has a default): the import then stops at the header, rather than report every row.
 */
final class RowMapper {
    private final MappedTable table;
    private final RecordRule record;
    private final int width;
    private final Column[] columns;
    private final int[] stepPositions;
    private final String[] stepNames;
    private final List<DateTimeFormatter> stepDates;
    private final String[] out;
    private boolean broken;
    /** Whether the current row has a cell the mapping could not rewrite. */
    private boolean failed;

    /** A rule with the positions of its source columns (-1: absent) and the header text each was found under. */
    private record Column(ColumnRule rule, int[] positions, String[] names, ValueMap map, List<DateTimeFormatter> dates) {
    }

    RowMapper(MappedTable table, RecordRule record, Map<String, ValueMap> maps, String[] header, long headerRow) {
        this.table = table;
        this.record = record;
        this.width = header.length;
        this.columns = new Column[record.columns().size()];
        for (int i = 0; i < columns.length; i++) {
            ColumnRule r = record.columns().get(i);
            int[] positions = new int[r.sources().size()];
            String[] names = new String[positions.length];
            for (int s = 0; s < positions.length; s++) {
                List<String> aliases = r.sources().get(s);
                positions[s] = find(header, aliases);
                names[s] = positions[s] >= 0 ? header[positions[s]].strip() : aliases.get(0);
                if (positions[s] < 0 && r.fallback() == null) missing(headerRow, r.target(), aliases);
            }
            columns[i] = new Column(r, positions, names, r.valueMap() == null ? null : maps.get(r.valueMap()), formats(r.dateFormats()));
        }
        StepColumns steps = record.steps();
        int n = steps == null ? 0 : steps.columns().size();
        stepPositions = new int[n];
        stepNames = new String[n];
        for (int i = 0; i < n; i++) {
            StepColumns.StepColumn c = steps.columns().get(i);
            stepPositions[i] = find(header, c.aliases());
            stepNames[i] = stepPositions[i] >= 0 ? header[stepPositions[i]].strip() : c.aliases().get(0);
            if (stepPositions[i] < 0) missing(headerRow, c.value(), c.aliases());
        }
        stepDates = steps == null ? List.of() : formats(steps.dateFormats());
        out = new String[record.header().length];
    }

    private void missing(long headerRow, String target, List<String> aliases) {
        broken = true;
        table.report(headerRow, aliases.get(0), null, "源表缺少此列（导入配置用它填写“" + target + "”；可写作 "
                + String.join("、", aliases) + "）");
    }

    boolean broken() {
        return broken;
    }

    int width() {
        return width;
    }

    /**
     * Fills our columns from the row and hands it on (one row per non-empty step cell for a wide sheet). A row
     * the mapping could not rewrite is not handed on: its problem is reported, and the reader would only add a
     * second message about the same cell.
     */
    boolean map(long number, String[] cells, TableInput.RowVisitor visitor) {
        failed = false;
        for (int i = 0; i < columns.length; i++) out[i] = value(columns[i], number, cells);
        if (failed) return true;
        if (record.steps() == null) return visitor.row(number, out);
        for (int i = 0; i < stepPositions.length; i++) {
            String t = cell(cells, stepPositions[i]);
            if (t.isEmpty()) continue;
            String time = stepDates.isEmpty() ? t : DateFormats.rewrite(t, stepDates);
            if (time == null) {
                table.report(number, stepNames[i], t, "日期格式不符（导入配置要求 " + String.join(" 或 ", record.steps().dateFormats()) + "）");
                continue;
            }
            out[columns.length] = record.steps().columns().get(i).value();
            out[columns.length + 1] = time;
            if (!visitor.row(number, out)) return false;
        }
        return true;
    }

    private String value(Column c, long number, String[] cells) {
        ColumnRule r = c.rule();
        if (r.constant() != null) return r.constant();
        String v;
        if (r.separator() == null) {
            v = c.positions().length == 0 ? "" : cell(cells, c.positions()[0]);
            if (r.split() != null) v = part(v, r.split());
        } else {
            StringBuilder sb = new StringBuilder();
            for (int p : c.positions()) {
                String part = cell(cells, p);
                if (part.isEmpty()) continue;
                if (sb.length() > 0) sb.append(r.separator());
                sb.append(part);
            }
            v = sb.toString();
        }
        if (v.isEmpty() && r.fallback() != null) v = r.fallback();
        if (v.isEmpty()) return v;
        String column = c.names().length == 0 ? r.target() : String.join("+", c.names());
        if (c.map() != null) {
            String mapped = c.map().apply(v);
            if (mapped == null) {
                table.report(number, column, v, "值映射“" + c.map().name() + "”中没有此值（请在导入配置中补上它对应的值）");
                failed = true;
                return v;
            }
            v = mapped;
        }
        if (!c.dates().isEmpty()) {
            String d = DateFormats.rewrite(v, c.dates());
            if (d == null) {
                table.report(number, column, v, "日期格式不符（导入配置要求 " + String.join(" 或 ", r.dateFormats()) + "）");
                failed = true;
                return v;
            }
            v = d;
        }
        return v;
    }

    private static String part(String v, ColumnRule.Split split) {
        int from = 0;
        for (int i = 1; i < split.part(); i++) {
            int at = v.indexOf(split.separator(), from);
            if (at < 0) return "";
            from = at + split.separator().length();
        }
        int end = v.indexOf(split.separator(), from);
        return (end < 0 ? v.substring(from) : v.substring(from, end)).strip();
    }

    private static String cell(String[] cells, int p) {
        if (p < 0 || p >= cells.length || cells[p] == null) return "";
        return cells[p].strip();
    }

    private static List<DateTimeFormatter> formats(List<String> patterns) {
        return patterns.stream().map(DateFormats::formatter).toList();
    }

    /** The position of the first header cell equal to one of the spellings (spaces and case aside), or -1. */
    static int find(String[] header, List<String> aliases) {
        for (String a : aliases) {
            String want = SourceRule.normalize(a);
            for (int p = 0; p < header.length; p++) {
                if (SourceRule.normalize(header[p]).equals(want)) return p;
            }
        }
        return -1;
    }

    /** For a profile without a header row: the first row holding two of the record's source columns (or its only one). */
    static boolean looksLikeHeader(RecordRule record, String[] cells) {
        int wanted = 0;
        int found = 0;
        for (ColumnRule r : record.columns()) {
            for (List<String> aliases : r.sources()) {
                wanted++;
                if (find(cells, aliases) >= 0) found++;
            }
        }
        return found > 0 && found >= Math.min(2, wanted);
    }
}
