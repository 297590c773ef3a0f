package cn.scorecard.app.upload;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.mapping.ColumnRule;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileException;
import cn.scorecard.core.mapping.ProfileParser;
import cn.scorecard.core.mapping.ProfileWriter;
import cn.scorecard.core.mapping.RecordRule;
import cn.scorecard.core.mapping.SourceRule;
import cn.scorecard.core.mapping.StepColumns;
import cn.scorecard.core.mapping.ValueMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile of the mapping screen's choices, as YAML checked by the parser (so that the screen says what the
 * command line would). The file rule is the file name with its digits as wildcards (案件周报20260105.xlsx →
 * 案件周报*.xlsx: next week's export matches); the header is found again by its names, whatever title rows come.
 */
final class ProfileBuilder {
    private ProfileBuilder() {
    }

    /** The YAML of the screen's profile; throws {@link ProfileException} with the problems. */
    static String yaml(MappingScreen screen) {
        List<String> problems = new ArrayList<>();
        Map<String, ValueMap> maps = new LinkedHashMap<>();
        List<SourceRule> rules = new ArrayList<>();
        for (MappingScreen.Source s : screen.sources()) {
            Map<Integer, Map<String, String>> picks = MappingScreen.picks(s);
            List<ColumnRule> columns = new ArrayList<>();
            List<StepColumns.StepColumn> steps = new ArrayList<>();
            Set<String> stepDates = new LinkedHashSet<>();
            Set<String> targets = new LinkedHashSet<>();
            for (MappingScreen.Column c : s.columns()) {
                if (!c.mapped()) continue;
                if (c.target().startsWith(Suggestions.STEP)) {
                    steps.add(new StepColumns.StepColumn(List.of(c.header()), c.target().substring(Suggestions.STEP.length())));
                    if (!c.date().isEmpty()) stepDates.add(c.date());
                    continue;
                }
                if (!targets.add(c.target())) {
                    problems.add(Messages.text("mapping.error.twice", s.where(), c.target()));
                    continue;
                }
                String map = null;
                if (picks.containsKey(c.index())) {
                    map = c.header();
                    while (maps.containsKey(map)) map = map + "'";
                    maps.put(map, new ValueMap(map, picks.get(c.index()), true));
                }
                columns.add(new ColumnRule(c.target(), List.of(List.of(c.header())), null, null, null, null, map,
                        c.date().isEmpty() ? List.of() : List.of(c.date())));
            }
            List<RecordRule> records = new ArrayList<>();
            records.add(new RecordRule(s.type(), columns, null));
            if (!steps.isEmpty()) {
                List<ColumnRule> keys = columns.stream().filter(c -> c.target().equals("法院代码") || c.target().equals("案号")).toList(); // data: our columns
                records.add(new RecordRule(RecordType.STEPS, keys, new StepColumns("节点", "时间", steps, List.copyOf(stepDates)))); // data: our columns
            }
            String file = s.scan().table().file().replaceAll("\\d+", "*");
            rules.add(new SourceRule(file, s.scan().table().sheet(), 0, SourceScan.SKIPPED, records));
        }
        if (screen.name().isEmpty()) problems.add(Messages.text("mapping.error.noName"));
        String where = Messages.text("mapping.where");
        if (!problems.isEmpty()) throw new ProfileException(where, problems);
        String yaml = ProfileWriter.write(new MappingProfile(screen.name(), Messages.text("mapping.profileDescription"), maps, rules));
        ProfileParser.parse(yaml, where);
        return yaml;
    }
}
