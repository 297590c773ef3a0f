package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseType;
import cn.scorecard.core.data.StaffRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the plain maps of a rule-set file into an item list, collecting every problem with its item code. */
final class RuleSetParser {
    private static final Set<String> ITEM_KEYS = Set.of("code", "name", "points", "text", "rule", "appliesTo", "bonusCap");
    private static final Set<String> PER_OCCURRENCE_KEYS = Set.of("deductions");
    private static final Set<String> QUOTA_KEYS = Set.of("computation", "caseTypes", "shortfallPoints", "overagePoints");
    private static final Set<String> REDUCTION_KEYS =
            Set.of("computation", "olderThanMonths", "caseTypes", "targetPercent", "pointsPerPercent");
    private static final Set<String> KIND_KEYS = Set.of("code", "name", "short", "points", "unit", "source",
            "computation", "caseTypes", "incidentsAllowed");

    private final YamlFields f;
    private final Set<String> itemCodes = new LinkedHashSet<>();
    private final Set<String> kindCodes = new LinkedHashSet<>();
    private final Set<String> kindNames = new LinkedHashSet<>();

    RuleSetParser(YamlFields fields) {
        this.f = fields;
    }

    RuleItem item(Object raw, String group, Set<StaffRole> groupRoles, int index) {
        Map<String, Object> m = f.map(raw, "组 " + group + " 第" + index + "项");
        String code = f.text(m, "code", "组 " + group + " 第" + index + "项", true);
        String where = "项目 " + code;
        if (code != null && !itemCodes.add(code)) f.problem(where, "项目代码重复");
        String ruleName = f.text(m, "rule", where, true);
        Set<String> allowed = new LinkedHashSet<>(ITEM_KEYS);
        if ("PER_OCCURRENCE".equals(ruleName)) allowed.addAll(PER_OCCURRENCE_KEYS);
        else if ("QUOTA".equals(ruleName)) allowed.addAll(QUOTA_KEYS);
        else if ("REDUCTION".equals(ruleName)) allowed.addAll(REDUCTION_KEYS);
        else if (ruleName != null) f.problem(where, "未知的计分规则 “" + ruleName + "”（应为 PER_OCCURRENCE、QUOTA 或 REDUCTION）");
        f.onlyKeys(m, allowed, where);
        Double points = f.number(m, "points", where, true);
        Set<StaffRole> roles = m.containsKey("appliesTo") ? roles(f.list(m, "appliesTo", where, true), where) : groupRoles;
        if (!groupRoles.containsAll(roles)) f.problem(where, "适用岗位超出本组的适用岗位");
        ItemRule rule = null;
        if ("PER_OCCURRENCE".equals(ruleName)) rule = perOccurrence(m, where);
        else if ("QUOTA".equals(ruleName)) rule = quota(m, where);
        else if ("REDUCTION".equals(ruleName)) rule = reduction(m, where);
        return new RuleItem(code, group, f.text(m, "name", where, true), f.text(m, "text", where, true),
                points == null ? 0 : points, roles, f.number(m, "bonusCap", where, false), rule);
    }

    private PerOccurrenceRule perOccurrence(Map<String, Object> m, String where) {
        List<DeductionKind> kinds = new ArrayList<>();
        List<Object> raw = f.list(m, "deductions", where, true);
        if (raw.isEmpty()) f.problem(where, "没有扣分项（deductions）");
        for (Object o : raw) kinds.add(kind(f.map(o, where + " 扣分项"), where));
        return new PerOccurrenceRule(kinds);
    }

    private DeductionKind kind(Map<String, Object> m, String itemWhere) {
        String code = f.text(m, "code", itemWhere + " 扣分项", true);
        String where = itemWhere + " 扣分项 " + code;
        f.onlyKeys(m, KIND_KEYS, where);
        if (code != null && !kindCodes.add(code)) f.problem(where, "扣分项代码重复");
        String name = f.text(m, "name", where, true);
        if (name != null && !kindNames.add(name)) f.problem(where, "扣分项名称重复: " + name);
        Double points = f.number(m, "points", where, true);
        if (points != null && points == 0) f.problem(where, "每次扣分应大于0");
        String sourceText = f.text(m, "source", where, true);
        DeductionKind.Source source = null;
        try {
            if (sourceText != null) source = DeductionKind.Source.valueOf(sourceText);
        } catch (IllegalArgumentException e) {
            f.problem(where, "未知的来源 “" + sourceText + "”（应为 INCIDENT 或 COMPUTED）");
        }
        Computation computation = null;
        boolean incidents = source == DeductionKind.Source.INCIDENT;
        if (source == DeductionKind.Source.COMPUTED) {
            computation = computation(m, where, EnumSet.of(Computation.Shape.CASE_COUNT, Computation.Shape.RECORD_COUNT));
            incidents = f.flag(m, "incidentsAllowed", where);
        } else if (source == DeductionKind.Source.INCIDENT) {
            if (m.containsKey("computation")) f.problem(where, "来源为 INCIDENT 的扣分项不能指定 computation");
            if (m.containsKey("incidentsAllowed")) f.problem(where, "incidentsAllowed 仅用于来源为 COMPUTED 的扣分项");
        }
        Set<CaseType> types = caseTypes(m, where, computation != null && computation.onCases());
        String unit = f.text(m, "unit", where, false);
        return new DeductionKind(code, name, f.text(m, "short", where, false), points == null ? 0 : points,
                unit == null || unit.isEmpty() ? "件" : unit, source, computation, types, incidents);
    }

    private QuotaRule quota(Map<String, Object> m, String where) {
        computation(m, where, EnumSet.of(Computation.Shape.CLOSURES));
        Double shortfall = f.number(m, "shortfallPoints", where, true);
        Double overage = f.number(m, "overagePoints", where, true);
        return new QuotaRule(caseTypes(m, where, true), shortfall == null ? 0 : shortfall, overage == null ? 0 : overage);
    }

    private ReductionRule reduction(Map<String, Object> m, String where) {
        Computation c = computation(m, where, EnumSet.of(Computation.Shape.STOCK));
        Double age = f.number(m, "olderThanMonths", where, c != null && c.usesAge());
        if (c != null && !c.usesAge() && age != null) f.problem(where, "olderThanMonths 不适用于 " + c.id());
        if (age != null && (age != Math.rint(age) || age < 1)) f.problem(where, "olderThanMonths 应为正整数");
        Double target = f.number(m, "targetPercent", where, true);
        if (target != null && target > 100) f.problem(where, "targetPercent 应在0到100之间（百分数）");
        Double perPoint = f.number(m, "pointsPerPercent", where, true);
        return new ReductionRule(c, caseTypes(m, where, true), age == null ? 0 : age.intValue(),
                target == null ? 0 : target, perPoint == null ? 0 : perPoint);
    }

    private Computation computation(Map<String, Object> m, String where, Set<Computation.Shape> shapes) {
        String id = f.text(m, "computation", where, true);
        if (id == null) return null;
        Computation c = Computation.byId(id);
        if (c == null) {
            f.problem(where, "未知的计算 “" + id + "”");
        } else if (!shapes.contains(c.shape())) {
            f.problem(where, "计算 “" + id + "” 不能用于此类规则");
            return null;
        }
        return c;
    }

    private Set<CaseType> caseTypes(Map<String, Object> m, String where, boolean needed) {
        if (!m.containsKey("caseTypes")) {
            if (needed) f.problem(where, "缺少 “caseTypes”（计入的案件类型代字，如 [执, 执恢]）");
            return Set.of();
        }
        if (!needed) f.problem(where, "caseTypes 仅用于依据案件计算的规则");
        Set<CaseType> out = EnumSet.noneOf(CaseType.class);
        for (Object o : f.list(m, "caseTypes", where, true)) {
            String t = String.valueOf(o).trim();
            try {
                out.add(CaseType.ofCode(t));
            } catch (IllegalArgumentException e) {
                try {
                    out.add(CaseType.valueOf(t));
                } catch (IllegalArgumentException e2) {
                    f.problem(where, "未知的案件类型 “" + t + "”");
                }
            }
        }
        return out;
    }

    /** Roles by enum name or Chinese label, strictly: an unknown role is an error, not 其他. */
    Set<StaffRole> roles(List<Object> raw, String where) {
        Set<StaffRole> out = EnumSet.noneOf(StaffRole.class);
        for (Object o : raw) {
            String t = String.valueOf(o).trim();
            StaffRole found = null;
            for (StaffRole r : StaffRole.values()) {
                if (r.name().equals(t) || r.label().equals(t)) found = r;
            }
            if (found == null) f.problem(where, "未知的岗位 “" + t + "”（应为 JUDGE、ASSISTANT、CLERK）");
            else if (found == StaffRole.OTHER) f.problem(where, "岗位 “其他” 不参加考核");
            else out.add(found);
        }
        return out;
    }

    Set<String> kindNames() {
        return kindNames;
    }
}
