package cn.scorecard.core.mapping;

import java.util.List;
import java.util.Map;

/**
 * A mapping profile (导入配置): how the exports of one foreign system become tables of the interchange format.
 * It is data, written in YAML (docs/import-profiles.md), stored versioned and downloadable; the rows it
 * produces go through the same strict reader as our own files, so every check and message stays.
 *
 * @param name        the profile's name, unique among the stored profiles
 * @param description what the profile reads, for the person choosing it
 * @param valueMaps   the named value maps the columns refer to
 * @param sources     one entry per kind of source file or sheet, tried in order
 */
public record MappingProfile(String name, String description, Map<String, ValueMap> valueMaps,
                             List<SourceRule> sources) {
    public MappingProfile {
        valueMaps = Map.copyOf(valueMaps);
        sources = List.copyOf(sources);
    }

    /** The first source rule matching a file (and sheet, null for a CSV file), or null. */
    public SourceRule sourceFor(String file, String sheet) {
        for (SourceRule s : sources) {
            if (s.matches(file, sheet)) return s;
        }
        return null;
    }
}
