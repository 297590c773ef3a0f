package cn.scorecard.core.mapping;

import cn.scorecard.core.io.ImportError;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.io.TableInput;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a profile to the tables of an import: each source table matched by a source rule becomes one table
 * per record type it feeds, read lazily by the strict reader like any file of ours. A table no rule matches is
 * taken as one of ours when its name is a record type (a profile need not cover 法院.csv), otherwise an error.
 */
public final class ProfileMapping {
    private ProfileMapping() {
    }

    /** The tables by record type, the names of the source tables, and the tables that could not be placed. */
    public record Result(Map<RecordType, List<TableInput>> inputs, List<String> tables, List<ImportError> errors) {
    }

    public static Result apply(MappingProfile profile, List<TableInput> sources) {
        Map<RecordType, List<TableInput>> inputs = new EnumMap<>(RecordType.class);
        List<String> tables = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        for (TableInput t : sources) {
            SourceRule rule = profile.sourceFor(t.file(), t.sheet());
            String where = t.sheet() == null ? t.file() : t.file() + " 工作表“" + t.sheet() + "”";
            if (rule == null) {
                RecordType own = RecordType.byName(t.sheet() != null ? t.sheet() : t.file());
                if (own == null) {
                    errors.add(new ImportError(t.file(), t.sheet(), 0, null, null,
                            "导入配置“" + profile.name() + "”中没有与此表对应的来源（请检查 file、sheet 规则）"));
                } else {
                    inputs.computeIfAbsent(own, k -> new ArrayList<>()).add(t);
                    tables.add(where);
                }
                continue;
            }
            Reporter reporter = new Reporter();
            for (RecordRule r : rule.records()) {
                inputs.computeIfAbsent(r.type(), k -> new ArrayList<>())
                        .add(new MappedTable(t, rule, r, profile.valueMaps(), reporter));
            }
            tables.add(where + "（导入配置“" + profile.name() + "”）");
        }
        return new Result(inputs, tables, errors);
    }
}
