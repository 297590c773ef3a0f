package cn.scorecard.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.scorecard.core.catalog.SeedIndex.Area;
import cn.scorecard.core.catalog.SeedIndex.Level2;
import cn.scorecard.core.catalog.SeedIndex.Level3;
import cn.scorecard.core.catalog.SeedIndex.Part;
import cn.scorecard.core.court.CourtLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled 2019 catalogs say what the seed says: for every level-1, level-2 and level-3 indicator of every
 * level, in the seed's order, the same name (the text before the weight parenthesis), the same weight and the
 * same 基本要求 as {@code requirement} (the formula where the seed gives one instead); where the seed gives both a
 * formula or explanation after the name's colon and a 基本要求, the former is the YAML {@code definition}.
 * Nothing is added or dropped except the project's documented splits ({@link #PROJECT_SPLITS}).
 */
class CatalogSeedConformanceTest {
    /** Level-3 indicators the project splits into parts although the seed does not weight them. */
    static final Set<String> PROJECT_SPLITS = Set.of("H2.05.3");

    static Map<CourtLevel, List<Area>> seed;

    @BeforeAll
    static void parseSeed() throws IOException {
        seed = SeedIndex.parse(SeedIndex.SEED);
    }

    /** Guards the parser itself: the seed's shape as counted by hand, and its weights add up. */
    @Test
    void seedParserReadsTheWholeSeed() throws IOException {
        assertThat(seed.get(CourtLevel.HIGH)).hasSize(4);
        assertThat(seed.get(CourtLevel.INTERMEDIATE)).hasSize(6);
        assertThat(seed.get(CourtLevel.BASIC)).hasSize(4);
        assertThat(count(CourtLevel.HIGH)).containsExactly(14, 48);
        assertThat(count(CourtLevel.INTERMEDIATE)).containsExactly(37, 84);
        assertThat(count(CourtLevel.BASIC)).containsExactly(31, 70);

        String text = Files.readString(SeedIndex.SEED, StandardCharsets.UTF_8);
        SeedIndex index = SeedIndex.parse(text);
        assertThat(index.requirementLines).isEqualTo(text.split(SeedIndex.REQUIREMENT, -1).length - 1);

        for (Map.Entry<CourtLevel, List<Area>> e : seed.entrySet()) {
            assertThat(e.getValue().stream().mapToDouble(Area::weight).sum()).as(e.getKey().name()).isEqualTo(100);
            for (Area a : e.getValue()) {
                if (!a.children().isEmpty()) {
                    assertThat(a.children().stream().mapToDouble(Level2::weight).sum()).as(a.name()).isEqualTo(100);
                }
                for (Level2 l2 : a.children()) {
                    assertThat(l2.children()).as(l2.name()).isNotEmpty();
                    if (l2.children().size() > 1) {
                        assertThat(l2.children().stream().mapToDouble(l3 -> Objects.requireNonNull(l3.weight(),
                                "seed line " + l3.line())).sum()).as(l2.name()).isEqualTo(100);
                    }
                    for (Level3 l3 : l2.children()) {
                        if (!l3.parts().isEmpty()) {
                            assertThat(l3.parts().stream().mapToDouble(Part::weight).sum()).isEqualTo(100);
                        }
                    }
                }
            }
        }
    }

    @Test
    void seedParserRejectsAnUnknownLayout() {
        String ok = "高级人民法院\n1.\u00a0甲（100%）\n\t二级指标\n\n\t乙（100%）\n\t丙\n\t基本要求：丁\n"
                + "中级人民法院\n1.\u00a0甲（100%）\n基层人民法院\n1.\u00a0甲（100%）\n";
        assertThat(SeedIndex.parse(ok).levels().get(CourtLevel.HIGH).get(0).children().get(0).children().get(0))
                .extracting(Level3::name, Level3::weight, Level3::requirement).containsExactly("丙", null, "丁");
        assertThatThrownBy(() -> SeedIndex.parse(ok.replace("\t丙\n", "丙\n")))
                .hasMessageContaining("第 6 行");
        assertThatThrownBy(() -> SeedIndex.parse(ok.replace("\t基本要求：丁\n", "\t基本要求：丁\n\t戊\n")))
                .hasMessageContaining("多余的文字");
        assertThatThrownBy(() -> SeedIndex.parse(ok.replace("基层人民法院\n1.\u00a0甲（100%）\n", "")))
                .hasMessageContaining("三个层级");
    }

    @ParameterizedTest
    @EnumSource(CourtLevel.class)
    void yamlMatchesSeedIndicatorForIndicator(CourtLevel level) throws IOException {
        Catalog catalog = CatalogLoader.loadResource("2019", level, KnownMetrics.ALL);
        Map<String, String> definitions = definitions(level);

        List<String> mismatches = compare(seed.get(level), catalog, definitions);

        assertThat(mismatches).as("YAML vs seed, " + level).isEmpty();
        assertThat(catalog.title()).isEqualTo("人民法院基本解决执行难第三方评估指标体系（地方三级法院版）·" + level.label() + "人民法院");
    }

    /** The comparison must catch a changed weight, name, requirement, definition, an added or a dropped node. */
    @Test
    void comparisonDetectsDeviations() throws IOException {
        Catalog basic = CatalogLoader.loadResource("2019", CourtLevel.BASIC, KnownMetrics.ALL);
        Map<String, String> defs = definitions(CourtLevel.BASIC);
        List<Area> areas = seed.get(CourtLevel.BASIC);
        assertThat(compare(areas, basic, defs)).isEmpty();

        assertThat(compare(areas, replace(basic, "B1.01.2", n -> with(n, n.name(), 25, n.requirement(), n.children())), defs))
                .singleElement().asString().contains("B1.01.2", "weight", "30", "25");
        assertThat(compare(areas, replace(basic, "B4.08", n -> with(n, "信访", n.weight(), null, n.children())), defs))
                .singleElement().asString().contains("B4.08", "信访申诉");
        assertThat(compare(areas, replace(basic, "B1.03.1", n -> with(n, n.name(), n.weight(), "5日内", n.children())), defs))
                .singleElement().asString().contains("B1.03.1", "requirement");
        assertThat(compare(areas, replace(basic, "B2.01", n -> with(n, n.name(), n.weight(), n.requirement(),
                n.children().subList(0, 1))), defs)).isNotEmpty().anyMatch(s -> s.contains("B2.01"));
        assertThat(compare(areas, replace(basic, "B3.01.1", n -> with(n, n.name(), n.weight(), n.requirement(),
                List.of(n, n))), defs)).anyMatch(s -> s.contains("B3.01.1"));
        assertThat(compare(areas, replace(basic, "B3.06", n -> new IndicatorNode(n.code(), n.name(), n.weight(),
                n.kind(), n.requirement(), n.metric(), n.scoring(), Applicability.ALWAYS, n.children())), defs))
                .singleElement().asString().contains("B3.06", "NOT_MUNICIPALITY");
        Map<String, String> wrongDefs = new java.util.HashMap<>(defs);
        wrongDefs.put("B1.06.2", "网络拍卖案件数/全部案件数");
        assertThat(compare(areas, basic, wrongDefs)).singleElement().asString().contains("B1.06.2", "definition");
    }

    // ---- the comparison ----------------------------------------------------------------------------------

    static List<String> compare(List<Area> areas, Catalog catalog, Map<String, String> definitions) {
        List<String> out = new ArrayList<>();
        sameSize(out, catalog.level().name(), "一级指标", areas.size(), catalog.areas().size());
        for (int i = 0; i < Math.min(areas.size(), catalog.areas().size()); i++) {
            Area a = areas.get(i);
            IndicatorNode y = catalog.areas().get(i);
            same(out, y, "name", a.name(), y.name());
            same(out, y, "weight", a.weight(), y.weight());
            same(out, y, "requirement", null, y.requirement());
            if (a.children().isEmpty()) {
                same(out, y, "kind (一级指标无下级: 所辖法院均值)", IndicatorKind.SUBORDINATE_MEAN, y.kind());
                if (!a.name().contains("均值")) out.add(y.code() + ": 种子一级指标无下级却不是均值: " + a.name());
                continue;
            }
            sameSize(out, y.code(), "二级指标", a.children().size(), y.children().size());
            for (int j = 0; j < Math.min(a.children().size(), y.children().size()); j++) {
                level2(out, a.children().get(j), y.children().get(j), definitions);
            }
        }
        return out;
    }

    private static void level2(List<String> out, Level2 s, IndicatorNode y, Map<String, String> definitions) {
        same(out, y, "name", s.name(), y.name());
        same(out, y, "weight", s.weight(), y.weight());
        same(out, y, "requirement", null, y.requirement());
        Applicability expected = Applicability.ALWAYS;
        if (s.qualifier() != null) {
            if (s.qualifier().contains("直辖市") && s.qualifier().endsWith("不适用）")) {
                expected = Applicability.NOT_MUNICIPALITY;
            } else {
                out.add(y.code() + ": 无法识别的二级指标限定: " + s.qualifier());
            }
        }
        same(out, y, "applies", expected, y.applicability());
        sameSize(out, y.code(), "三级指标", s.children().size(), y.children().size());
        for (int k = 0; k < Math.min(s.children().size(), y.children().size()); k++) {
            level3(out, s.children().get(k), y.children().get(k), s.children().size(), definitions);
        }
    }

    private static void level3(List<String> out, Level3 s, IndicatorNode y, int siblings,
                               Map<String, String> definitions) {
        same(out, y, "name", s.name(), y.name());
        if (s.weight() == null && siblings != 1) out.add(y.code() + ": 种子中无权重的三级指标不是唯一的一项");
        same(out, y, "weight", s.weight() == null ? 100.0 : s.weight(), y.weight());
        String requirement = s.requirement();
        if (requirement == null && s.parts().isEmpty()) requirement = s.definition();
        if (requirement == null && s.weight() == null && s.name().contains("/")) requirement = s.name(); // a formula
        same(out, y, "requirement", requirement, y.requirement());
        String definition = s.requirement() != null && s.parts().isEmpty() ? s.definition() : null;
        same(out, y, "definition", definition, definitions.get(y.code()));
        same(out, y, "applies", Applicability.ALWAYS, y.applicability());
        if (!s.parts().isEmpty()) {
            sameSize(out, y.code(), "分项", s.parts().size(), y.children().size());
            for (int p = 0; p < Math.min(s.parts().size(), y.children().size()); p++) {
                IndicatorNode part = y.children().get(p);
                same(out, part, "name", s.parts().get(p).name(), part.name());
                same(out, part, "weight", s.parts().get(p).weight(), part.weight());
            }
        } else if (PROJECT_SPLITS.contains(y.code())) {
            if (y.isLeaf()) out.add(y.code() + ": 应按项目读法拆分");
            boolean keyCity = s.name().contains("仅适用重点城市");
            if (keyCity != y.children().stream().anyMatch(c -> c.applicability() == Applicability.KEY_CITY_ONLY)) {
                out.add(y.code() + ": “仅适用重点城市”应落在一个 KEY_CITY_ONLY 的分项上");
            }
        } else if (!y.isLeaf()) {
            out.add(y.code() + ": 种子中没有分项，YAML 却有 " + y.children().size() + " 个下级");
        }
    }

    private static void same(List<String> out, IndicatorNode y, String what, Object seedValue, Object yamlValue) {
        Object s = seedValue instanceof String str ? SeedIndex.norm(str) : seedValue;
        Object v = yamlValue instanceof String str ? SeedIndex.norm(str) : yamlValue;
        if (!Objects.equals(s, v)) out.add(y.code() + " " + what + ": 种子为 «" + s + "», YAML 为 «" + v + "»");
    }

    private static void sameSize(List<String> out, String where, String what, int seedCount, int yamlCount) {
        if (seedCount != yamlCount) out.add(where + ": 种子有 " + seedCount + " 个" + what + "，YAML 有 " + yamlCount + " 个");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static List<Integer> count(CourtLevel level) {
        int l2 = 0;
        int l3 = 0;
        for (Area a : seed.get(level)) {
            l2 += a.children().size();
            for (Level2 b : a.children()) l3 += b.children().size();
        }
        return List.of(l2, l3);
    }

    /** The YAML {@code definition} texts by code (the Java model does not carry them). */
    static Map<String, String> definitions(CourtLevel level) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        IndicatorsDoc.rawNodes(level).forEach((code, raw) -> {
            if (raw.get("definition") != null) out.put(code, raw.get("definition").toString());
        });
        return out;
    }

    private static IndicatorNode with(IndicatorNode n, String name, double weight, String requirement,
                                      List<IndicatorNode> children) {
        return new IndicatorNode(n.code(), name, weight, n.kind(), requirement, n.metric(), n.scoring(),
                n.applicability(), children);
    }

    static Catalog replace(Catalog c, String code, UnaryOperator<IndicatorNode> change) {
        List<IndicatorNode> areas = new ArrayList<>();
        for (IndicatorNode a : c.areas()) areas.add(replace(a, code, change));
        return new Catalog(c.version(), c.level(), c.title(), areas);
    }

    private static IndicatorNode replace(IndicatorNode n, String code, UnaryOperator<IndicatorNode> change) {
        if (n.code().equals(code)) return change.apply(n);
        List<IndicatorNode> children = new ArrayList<>();
        for (IndicatorNode c : n.children()) children.add(replace(c, code, change));
        return with(n, n.name(), n.weight(), n.requirement(), children);
    }
}
