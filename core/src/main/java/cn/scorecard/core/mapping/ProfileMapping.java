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

    /**
     * What keeps the profile from reading these tables, judged by their headers alone (a table no rule matches
     * that is not ours, a header that cannot be found, a source column the profile needs and the header lacks).
     * Empty when the profile fits: how a stored profile is chosen when the same headers arrive again.
     */
    public static List<ImportError> headerProblems(MappingProfile profile, List<TableInput> sources) {
        Result r = apply(profile, sources);
        List<ImportError> problems = new ArrayList<>(r.errors());
        for (List<TableInput> tables : r.inputs().values()) {
            for (TableInput t : tables) {
                if (!(t instanceof MappedTable m)) continue;
                MappedTable probe = m.probe();
                try {
                    probe.rows((number, cells) -> false); // stops right after the header
                } catch (java.io.IOException | RuntimeException e) {
                    problems.add(new ImportError(t.file(), t.sheet(), 0, null, null, "无法读取文件"));
                }
                for (ImportError e : probe.kept()) {
                    if (!problems.contains(e)) problems.add(e);
                }
            }
        }
        return problems;
    }

    /** Whether the profile reads at least one of the tables and all of them without a header problem. */
    public static boolean fits(MappingProfile profile, List<TableInput> sources) {
        boolean any = sources.stream().anyMatch(t -> profile.sourceFor(t.file(), t.sheet()) != null);
        return any && headerProblems(profile, sources).isEmpty();
    }

    /** The first rows of one produced table, in our columns, with what the mapping reported on them. */
    public record Preview(RecordType type, String file, String sheet, List<String> header, List<List<String>> rows,
                          List<ImportError> problems) {
    }

    /** The first {@code limit} rows of every table the profile makes of the sources (the mapping screen's preview). */
    public static List<Preview> preview(MappingProfile profile, List<TableInput> sources, int limit) {
        List<Preview> out = new ArrayList<>();
        for (Map.Entry<RecordType, List<TableInput>> e : apply(profile, sources).inputs().entrySet()) {
            for (TableInput t : e.getValue()) {
                if (!(t instanceof MappedTable m)) continue;
                MappedTable probe = m.probe();
                List<String> header = new ArrayList<>();
                List<List<String>> rows = new ArrayList<>();
                try {
                    probe.rows((number, cells) -> {
                        if (header.isEmpty()) {
                            header.addAll(List.of(cells));
                            return true;
                        }
                        rows.add(List.of(cells.clone()));
                        return rows.size() < limit;
                    });
                } catch (java.io.IOException | RuntimeException ex) {
                    // the validation report names what cannot be read
                }
                out.add(new Preview(e.getKey(), t.file(), t.sheet(), header, rows, probe.kept()));
            }
        }
        return out;
    }
}
