package cn.scorecard.core.catalog;

import cn.scorecard.core.court.CourtLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser of docs/seeds/court-evaluation-index-system.txt, the text dump of the three indicator tables.
 *
 * <p>Layout: a line {@code 高级人民法院} / {@code 中级人民法院} / {@code 基层人民法院} starts a level; an untabbed
 * line {@code 1.&nbsp;制度机制建设和落实（20%）} a level-1 area, followed by the tabbed table headers (二级指标,
 * 三级指标, 备注说明 or 评分标注). Then one block per table row, blocks separated by empty lines: the level-2 cell
 * (a tab and the name with its weight, or a lone tab when the row continues the level-2 above), the level-3 cell,
 * and the remark cell ({@code 基本要求：…}, or a lone tab when empty). Lines holding only a no-break space are
 * noise from the conversion; one remark is not tab-indented. Anything else fails the parse, naming the line.
 */
final class SeedIndex {
    static final Path SEED = Path.of("../docs/seeds/court-evaluation-index-system.txt");

    record Area(String name, double weight, List<Level2> children, int line) {
    }

    /** @param qualifier text after the weight, e.g. （对于直辖市的中院不适用）, or null */
    record Level2(String name, double weight, String qualifier, List<Level3> children, int line) {
    }

    /**
     * @param weight null where the seed gives none (the only level-3 of its level-2)
     * @param definition the text after the name's colon (a formula or explanation), or null
     * @param requirement the 基本要求 text, or null
     * @param parts weighted parts listed in the definition, e.g. 事项委托期限内办结率（50%）、事项委托平均用时（50%）
     */
    record Level3(String name, Double weight, String definition, String requirement, List<Part> parts, int line) {
    }

    record Part(String name, double weight) {
    }

    private static final Map<String, CourtLevel> SECTIONS =
            Map.of("高级人民法院", CourtLevel.HIGH, "中级人民法院", CourtLevel.INTERMEDIATE, "基层人民法院", CourtLevel.BASIC);
    private static final Set<String> HEADERS = Set.of("二级指标", "三级指标", "备注说明", "评分标注");
    private static final Pattern LEVEL1 = Pattern.compile("(\\d+)\\. ?(.+)（(\\d+(?:\\.\\d+)?)%）");
    static final Pattern WEIGHT = Pattern.compile("（(\\d+(?:\\.\\d+)?)%）");
    static final String REQUIREMENT = "基本要求：";

    private enum CellKind { TEXT, EMPTY, REQUIREMENT }

    private record Cell(CellKind kind, String text, int line) {
    }

    private final Map<CourtLevel, List<Area>> levels = new EnumMap<>(CourtLevel.class);
    private List<Area> areas;
    private final List<Cell> block = new ArrayList<>();
    /** Number of 基本要求 lines consumed, to prove none was skipped. */
    int requirementLines;

    static Map<CourtLevel, List<Area>> parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8)).levels;
    }

    static SeedIndex parse(String text) {
        SeedIndex index = new SeedIndex();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) index.line(lines[i], i + 1);
        index.flush();
        if (index.levels.size() != 3) throw new IllegalStateException("种子中应有三个层级，只找到 " + index.levels.keySet());
        return index;
    }

    Map<CourtLevel, List<Area>> levels() {
        return levels;
    }

    /** Whitespace normalised: no-break and ideographic spaces count as spaces, runs collapse to one, trimmed. */
    static String norm(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
    }

    private void line(String raw, int n) {
        boolean tab = raw.startsWith("\t");
        String text = norm(raw);
        if (raw.isEmpty()) {
            flush();
            return;
        }
        if (!tab && SECTIONS.containsKey(text)) {
            flush();
            CourtLevel level = SECTIONS.get(text);
            if (levels.containsKey(level) || level.ordinal() != levels.size()) {
                throw fail(n, "层级顺序不对或重复: " + text);
            }
            areas = new ArrayList<>();
            levels.put(level, areas);
            return;
        }
        if (areas == null) return; // the document title
        Matcher m = LEVEL1.matcher(text);
        if (!tab && m.matches()) {
            flush();
            if (Integer.parseInt(m.group(1)) != areas.size() + 1) throw fail(n, "一级指标序号不连续: " + text);
            areas.add(new Area(m.group(2).strip(), Double.parseDouble(m.group(3)), new ArrayList<>(), n));
            return;
        }
        if (tab && HEADERS.contains(text)) return;
        if (text.isEmpty()) {
            if (tab) block.add(new Cell(CellKind.EMPTY, null, n)); // an empty table cell
            return; // a no-break-space line: conversion noise
        }
        if (text.startsWith(REQUIREMENT)) {
            requirementLines++;
            block.add(new Cell(CellKind.REQUIREMENT, text.substring(REQUIREMENT.length()).strip(), n));
            return;
        }
        if (!tab) throw fail(n, "无法识别的行: " + raw);
        block.add(new Cell(CellKind.TEXT, text, n));
    }

    private void flush() {
        if (block.isEmpty()) return;
        List<Cell> cells = new ArrayList<>(block);
        block.clear();
        int first = cells.get(0).line();
        if (areas == null || areas.isEmpty()) throw fail(first, "表格行不在任何一级指标之下");
        Area area = areas.get(areas.size() - 1);
        int i;
        if (cells.get(0).kind() == CellKind.TEXT) {
            Level2 l2 = level2(cells.get(0));
            area.children().add(l2);
            i = 1;
        } else if (cells.get(0).kind() == CellKind.EMPTY) {
            if (area.children().isEmpty()) throw fail(first, "续行前没有二级指标");
            i = 1;
        } else {
            throw fail(first, "表格行以基本要求开头");
        }
        if (i >= cells.size() || cells.get(i).kind() != CellKind.TEXT) throw fail(first, "表格行缺少三级指标");
        Cell level3 = cells.get(i++);
        String requirement = null;
        for (; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.kind() == CellKind.TEXT) throw fail(c.line(), "表格行中多余的文字: " + c.text());
            if (c.kind() == CellKind.REQUIREMENT) {
                if (requirement != null) throw fail(c.line(), "一行中有两个基本要求");
                requirement = c.text();
            }
        }
        List<Level2> l2s = area.children();
        l2s.get(l2s.size() - 1).children().addAll(level3(level3, requirement));
    }

    private Level2 level2(Cell cell) {
        Matcher m = WEIGHT.matcher(cell.text());
        if (!m.find()) throw fail(cell.line(), "二级指标没有权重: " + cell.text());
        String rest = cell.text().substring(m.end()).strip();
        return new Level2(cell.text().substring(0, m.start()).strip(), Double.parseDouble(m.group(1)),
                rest.isEmpty() ? null : rest, new ArrayList<>(), cell.line());
    }

    /** One level-3 cell; {@code A（50%）；B（50%）} holds two indicators sharing a remark split the same way. */
    private List<Level3> level3(Cell cell, String requirement) {
        List<String> texts = splitTopLevel(cell.text(), '；');
        if (texts.size() == 1) return List.of(level3(cell.text(), requirement, cell.line()));
        List<String> requirements = requirement == null ? null : splitTopLevel(requirement, '；');
        if (requirements != null && requirements.size() != texts.size()) {
            throw fail(cell.line(), "三级指标有 " + texts.size() + " 项，基本要求却分为 " + requirements.size() + " 项");
        }
        List<Level3> out = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            Level3 l3 = level3(texts.get(k), requirements == null ? null : requirements.get(k), cell.line());
            if (l3.weight() == null) throw fail(cell.line(), "并列的三级指标缺少权重: " + texts.get(k));
            out.add(l3);
        }
        return out;
    }

    private Level3 level3(String text, String requirement, int line) {
        Matcher m = WEIGHT.matcher(text);
        String name;
        Double weight = null;
        String definition = null;
        if (m.find()) {
            name = text.substring(0, m.start()).strip();
            weight = Double.parseDouble(m.group(1));
            String rest = text.substring(m.end()).strip();
            if (rest.startsWith("：")) {
                definition = rest.substring(1).strip();
            } else if (!rest.isEmpty()) {
                throw fail(line, "三级指标权重后有无法识别的文字: " + rest);
            }
        } else {
            int colon = indexTopLevel(text, '：');
            name = colon < 0 ? text : text.substring(0, colon).strip();
            definition = colon < 0 ? null : text.substring(colon + 1).strip();
        }
        List<Part> parts = new ArrayList<>();
        if (definition != null && WEIGHT.matcher(definition).find()) {
            for (String piece : splitTopLevel(definition, '、')) {
                Matcher pm = WEIGHT.matcher(piece);
                if (!pm.find() || pm.end() != piece.length()) throw fail(line, "分项应以权重结尾: " + piece);
                parts.add(new Part(piece.substring(0, pm.start()).strip(), Double.parseDouble(pm.group(1))));
            }
        }
        return new Level3(name, weight, definition, requirement, List.copyOf(parts), line);
    }

    /** Splits on a separator outside （）/() parentheses. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '（' || c == '(') depth++;
            else if (c == '）' || c == ')') depth--;
            else if (c == separator && depth == 0) {
                out.add(text.substring(start, k).strip());
                start = k + 1;
            }
        }
        out.add(text.substring(start).strip());
        if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1); // trailing separator
        return out;
    }

    static int indexTopLevel(String text, char c) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == '（' || ch == '(') depth++;
            else if (ch == '）' || ch == ')') depth--;
            else if (ch == c && depth == 0) return k;
        }
        return -1;
    }

    private static IllegalStateException fail(int line, String problem) {
        return new IllegalStateException("种子第 " + line + " 行: " + problem);
    }
}
