package cn.scorecard.core.mapping;

import cn.scorecard.core.io.ForwardingTableInput;
import cn.scorecard.core.io.TableInput;
import java.io.IOException;
import java.util.Map;

/**
 * One record type's table made from a foreign source table by a profile: title rows above the header and
 * totals rows are skipped, the header is resolved by the profile's spellings, every row rewritten into our
 * columns (a wide row into one row per step). Row numbers stay the source's, so the reader's messages name the
 * source file and row; what the mapping itself cannot do names the source column and value.
 */
final class MappedTable extends ForwardingTableInput {
    private final SourceRule rule;
    private final RecordRule record;
    private final Map<String, ValueMap> maps;
    private final Reporter reporter;

    MappedTable(TableInput source, SourceRule rule, RecordRule record, Map<String, ValueMap> maps, Reporter reporter) {
        super(source);
        this.rule = rule;
        this.record = record;
        this.maps = maps;
        this.reporter = reporter;
    }

    /** The same table reporting to a reporter of its own, for a look at its header. */
    MappedTable probe() {
        return new MappedTable(source, rule, record, maps, new Reporter());
    }

    @Override
    public void reportProblemsTo(Problems problems) {
        reporter.attach(problems);
    }

    @Override
    public void rows(RowVisitor visitor) throws IOException {
        RowMapper[] mapper = {null};
        long[] rowsSeen = {0};
        source.rows((number, cells) -> {
            rowsSeen[0]++;
            if (mapper[0] == null) {
                if (!isHeader(number, cells)) {
                    return rule.headerRow() > 0 ? number < rule.headerRow() : rowsSeen[0] < SourceRule.HEADER_SEARCH_ROWS;
                }
                mapper[0] = new RowMapper(this, record, maps, cells, number);
                return visitor.row(number, record.header()) && !mapper[0].broken();
            }
            if (isBlank(cells) || rule.skips(cells)) return true;
            if (source.fixedWidth() && cells.length != mapper[0].width()) {
                report(number, null, null, "该行有 " + cells.length + " 个单元格，而标题行有 " + mapper[0].width()
                        + " 列（行被截断，或多了、少了分隔符？）");
                return true;
            }
            return mapper[0].map(number, cells, visitor);
        });
        if (mapper[0] == null) {
            report(0, null, null, rule.headerRow() > 0 ? "没有第" + rule.headerRow() + "行（导入配置所写的标题行）"
                    : "前 " + SourceRule.HEADER_SEARCH_ROWS + " 行中找不到标题行（没有导入配置所列的列名）");
        }
    }

    private boolean isHeader(long number, String[] cells) {
        if (rule.headerRow() > 0) return number == rule.headerRow();
        return RowMapper.looksLikeHeader(record, cells);
    }

    /** What was reported while no reader had attached its errors (a preview, a header probe). */
    java.util.List<cn.scorecard.core.io.ImportError> kept() {
        return reporter.kept();
    }

    void report(long row, String column, String value, String reason) {
        reporter.add(source.file(), source.sheet(), row, column, value, reason);
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) return false;
        }
        return true;
    }
}
