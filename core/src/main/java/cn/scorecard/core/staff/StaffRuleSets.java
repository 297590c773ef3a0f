package cn.scorecard.core.staff;

import cn.scorecard.core.data.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads and validates staff-assessment rule sets: every role's items add up to the base points (100 = 40 +
 * 60), each group's items to the group's points, every deduction kind and computation is known, and unknown
 * keys are rejected. All problems are reported at once, each naming the file and the item.
 */
public final class StaffRuleSets {
    /** 宛法〔2023〕127号, shipped with the product. */
    public static final String BUNDLED = "/staff/wancheng-2023-127.yaml";

    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of("version", "title", "issuer", "source",
            "basePoints", "passMark", "passText", "interviewText", "accountability", "quarterlyCombination",
            "petitionResolutionDays", "groups", "clerkQuarterly", "vetoes"));
    private static final Set<String> GROUP_KEYS = Set.of("code", "name", "points", "appliesTo", "items");
    private static final Set<String> ACCOUNTABILITY_KEYS = Set.of("failsPerYearMoreThan", "text");
    static final double EPSILON = 1e-9;

    private StaffRuleSets() {
    }

    /**
     * 宛法〔2023〕127号, the default rule set (the rule book's initial version for every court). Outside the tests
     * and the file-based commands, a court's rules come from the rule book ({@code staffRulesFor(court, month)}).
     */
    public static StaffRuleSet bundled() {
        return parse(BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1), new java.io.StringReader(resourceText(BUNDLED)));
    }

    /** A bundled rule set file and the month from which the rule book assigns it ({@code /staff/rule-sets.txt}). */
    public record BundledFile(String resource, java.time.YearMonth from, String court) {
    }

    /**
     * The bundled rule sets: lines {@code <file> <yyyy-MM> [<court code>]} — without a court the set is assigned to
     * every court, with one to that court (the demo's second basic court has its own method).
     */
    public static List<BundledFile> bundledFiles() {
        List<BundledFile> out = new ArrayList<>();
        for (String line : resourceText("/staff/rule-sets.txt").split("\\R")) {
            int hash = line.indexOf('#');
            String v = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (v.isEmpty()) continue;
            String[] parts = v.split("\\s+");
            out.add(new BundledFile("/staff/" + parts[0], java.time.YearMonth.parse(parts[1]),
                    parts.length > 2 ? parts[2] : ""));
        }
        return List.copyOf(out);
    }

    /** The text of a bundled resource, as shipped. */
    public static String resourceText(String resource) {
        try (InputStream in = StaffRuleSets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("缺少内置考核办法 " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StaffRuleSet load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.getFileName().toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StaffRuleSet parse(String fileName, Reader reader) {
        List<String> problems = new ArrayList<>();
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (RuntimeException e) {
            throw new StaffRuleSetException(fileName, List.of("YAML 格式错误: " + e.getMessage()));
        }
        YamlFields f = new YamlFields(problems);
        RuleSetParser parser = new RuleSetParser(f);
        Map<String, Object> top = f.map(root, "顶层");
        f.onlyKeys(top, TOP_KEYS, "顶层");
        String version = f.text(top, "version", "顶层", true);
        Double base = f.number(top, "basePoints", "顶层", false);
        double basePoints = base == null ? 100 : base;
        Double pass = f.number(top, "passMark", "顶层", true);
        Map<String, Object> acc = f.map(top.getOrDefault("accountability", Map.of()), "accountability");
        f.onlyKeys(acc, ACCOUNTABILITY_KEYS, "accountability");
        Double fails = f.number(acc, "failsPerYearMoreThan", "accountability", true);
        QuarterlyCombination combination = QuarterlyCombination.SUM;
        String comb = f.text(top, "quarterlyCombination", "顶层", false);
        if (comb != null) {
            try {
                combination = QuarterlyCombination.valueOf(comb);
            } catch (IllegalArgumentException e) {
                f.problem("顶层", "quarterlyCombination 应为 SUM 或 MEAN，实为 “" + comb + "”");
            }
        }
        Double petitionDays = f.number(top, "petitionResolutionDays", "顶层", false);

        List<RuleItem> items = new ArrayList<>();
        for (Object g : f.list(top, "groups", "顶层", true)) {
            Map<String, Object> gm = f.map(g, "组");
            String code = f.text(gm, "code", "组", true);
            String where = "组 " + code;
            f.onlyKeys(gm, GROUP_KEYS, where);
            Double points = f.number(gm, "points", where, true);
            Set<StaffRole> roles = parser.roles(f.list(gm, "appliesTo", where, true), where);
            String name = f.text(gm, "name", where, true);
            double sum = 0;
            int index = 0;
            for (Object i : f.list(gm, "items", where, true)) {
                RuleItem item = parser.item(i, name, roles, ++index);
                items.add(item);
                sum += item.points();
            }
            if (points != null && Math.abs(sum - points) > EPSILON) {
                f.problem(where, "各项目合计 " + Points.format(sum) + " 分，与本组分值 " + Points.format(points) + " 分不符");
            }
        }
        checkRoleTotals(items, basePoints, f);
        ClerkQuarterlyRule quarterly = top.containsKey("clerkQuarterly") ? RuleSetAnnexParser.quarterly(top.get("clerkQuarterly"), f) : null;
        List<VetoCondition> vetoes = RuleSetAnnexParser.vetoes(f.list(top, "vetoes", "顶层", true), f);
        if (!problems.isEmpty()) throw new StaffRuleSetException(fileName, problems);
        return new StaffRuleSet(version, f.text(top, "title", "顶层", false), f.text(top, "issuer", "顶层", false),
                f.text(top, "source", "顶层", false), pass, fails.intValue(), combination,
                petitionDays == null ? 60 : petitionDays.intValue(), items, quarterly, vetoes);
    }

    private static void checkRoleTotals(List<RuleItem> items, double basePoints, YamlFields f) {
        EnumSet<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (RuleItem i : items) roles.addAll(i.roles());
        if (roles.isEmpty()) f.problem("顶层", "没有任何考核项目");
        for (StaffRole role : roles) {
            double sum = 0;
            for (RuleItem i : items) {
                if (i.appliesTo(role)) sum += i.points();
            }
            if (Math.abs(sum - basePoints) > EPSILON) {
                f.problem("岗位 " + role.label(), "适用的考核项目合计 " + Points.format(sum) + " 分，应为 "
                        + Points.format(basePoints) + " 分");
            }
        }
    }
}
