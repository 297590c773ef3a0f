package cn.scorecard.core.io;

import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.cases.Times;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.staff.ClerkQuarterlyRule;
import cn.scorecard.core.staff.DeductionKind;
import cn.scorecard.core.staff.QuotaRule;
import cn.scorecard.core.staff.RuleItem;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.VetoCondition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assessment group's inputs to the monthly staff assessment (docs/data-format.md, "Staff assessment
 * inputs"): 考核事件, 结案指标, 一票否决, 书记员季度考评. Read like every other record type; which 事件类型 and
 * 否决事由 exist, who is assessed and the parts of the clerks' evaluation come from the staff rule set.
 */
final class StaffInputFileReader {
    static final CsvSpec INCIDENTS = new CsvSpec("考核事件.csv", "人员编号*", "日期*", "事件类型*", "事件编号:100", "案号:80",
            "件数", "说明:2000", "登记人:100");
    static final CsvSpec QUOTAS = new CsvSpec("结案指标.csv", "人员编号*", "月份", "结案指标*");
    static final CsvSpec VETOES = new CsvSpec("一票否决.csv", "人员编号*", "日期*", "否决事由*", "说明:2000");
    /** The fixed columns; the parts of the rule set's clerkQuarterly follow. */
    static final CsvSpec CLERK_EVALUATIONS = new CsvSpec("书记员季度考评.csv", "人员编号*", "季度*");

    private static final int I_STAFF = 0, I_DAY = 1, I_KIND = 2, I_ID = 3, I_CASE = 4, I_COUNT = 5, I_NOTE = 6,
            I_RECORDER = 7;
    private static final int Q_STAFF = 0, Q_MONTH = 1, Q_QUOTA = 2;
    private static final int V_STAFF = 0, V_DAY = 1, V_CONDITION = 2, V_NOTE = 3;
    private static final int E_STAFF = 0, E_QUARTER = 1, E_FIRST_PART = 2;

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})\\s*[-/年]\\s*(\\d{1,2})\\s*月?$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})\\s*(?:-?\\s*[Qq]|年第?)\\s*([1-4])(?:季度)?$");

    private StaffInputFileReader() {
    }

    /** 书记员季度考评.csv's columns under a rule set. */
    static CsvSpec clerkSpec(StaffRuleSet rules) {
        ClerkQuarterlyRule q = rules.clerkQuarterly();
        if (q == null) return CLERK_EVALUATIONS;
        return CLERK_EVALUATIONS.plus(q.parts().stream().map(p -> p.name() + "*").toArray(String[]::new));
    }

    static void incidents(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.INCIDENTS, ctx, r -> {
            String staffId = ctx.staff(r, I_STAFF);
            int day = r.day(I_DAY);
            StaffRuleSet rules = rulesOf(ctx, staffId, day);
            StaffRole role = person(ctx, r, I_STAFF, staffId, null, rules);
            String type = r.optional(I_KIND);
            DeductionKind kind = null;
            if (type != null) {
                RuleItem item = rules.itemOfKind(type);
                kind = rules.deductionKind(type);
                if (kind == null) {
                    r.error(I_KIND, "未知的事件类型（应为考核办法中扣分项的名称、简称或代码）");
                } else if (!kind.incidentsAllowed()) {
                    r.error(I_KIND, "该项由系统依据案件数据自动计算，不能登记为考核事件");
                } else if (role != null && !item.appliesTo(role)) {
                    r.error(I_KIND, "项目 " + item.code() + " 不适用于岗位 " + role.label());
                }
            }
            String caseNumber = r.text(I_CASE);
            if (!caseNumber.isEmpty() && !CaseNumber.isValid(caseNumber)) {
                r.error(I_CASE, "案号格式不正确（应如 （2024）豫1302执123号）");
            }
            int count = r.has(I_COUNT) ? r.whole(I_COUNT, 1, 1_000_000, "件数应为正整数") : 1;
            String id = r.has(I_ID) ? r.text(I_ID) : RecordType.INCIDENTS.fileName() + "第" + r.row() + "行";
            boolean first = ReadContext.firstOccurrence(seen, id, r, I_ID, "事件编号");
            if (!first || r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.incident(new Rows.Incident(id, r.text(I_STAFF), LocalDate.ofEpochDay(day), kind.code(),
                    caseNumber.isEmpty() ? null : caseNumber, count, r.text(I_NOTE), r.text(I_RECORDER)));
        });
    }

    static void quotas(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.QUOTAS, ctx, r -> {
            String staffId = ctx.staff(r, Q_STAFF);
            YearMonth month = r.has(Q_MONTH) ? month(r, Q_MONTH) : null;
            StaffRuleSet rules = rulesOf(ctx, staffId, month == null ? Times.NONE : Times.day(month.atDay(1)));
            StaffRole role = person(ctx, r, Q_STAFF, staffId, null, rules);
            if (role != null && !hasQuotaItem(rules, role)) r.error(Q_STAFF, "岗位 " + role.label() + " 不考核结案指标");
            int quota = r.whole(Q_QUOTA, 0, 1_000_000, "结案指标应为不小于 0 的整数");
            String key = r.text(Q_STAFF) + "|" + (r.has(Q_MONTH) ? String.valueOf(month) : "");
            if (role != null && !ReadContext.firstOccurrence(seen, key, r, Q_MONTH, "同一人员同一月份的结案指标")) return;
            if (r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.quota(new Rows.Quota(r.text(Q_STAFF), month, quota));
        });
    }

    static void vetoes(ReadContext ctx, List<TableInput> inputs) {
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.VETOES, ctx, r -> {
            String staffId = ctx.staff(r, V_STAFF);
            int day = r.day(V_DAY);
            StaffRuleSet rules = rulesOf(ctx, staffId, day);
            StaffRole role = person(ctx, r, V_STAFF, staffId, null, rules);
            String text = r.optional(V_CONDITION);
            VetoCondition condition = text == null ? null : rules.veto(text);
            if (text != null && condition == null) r.error(V_CONDITION, "未知的否决事由（应为考核办法所列四种情形之一）");
            if (role == null || condition == null || day == Times.NONE) return;
            String key = r.text(V_STAFF) + "|" + day + "|" + condition.code();
            if (!ReadContext.firstOccurrence(seen, key, r, V_CONDITION, "同一人员同一日期的同一否决事由")) return;
            if (r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.veto(new Rows.Veto(RecordType.VETOES.fileName() + "第" + r.row() + "行", r.text(V_STAFF),
                    LocalDate.ofEpochDay(day), condition.code(), r.text(V_NOTE)));
        });
    }

    static void clerkEvaluations(ReadContext ctx, List<TableInput> inputs) {
        ClerkQuarterlyRule q = ctx.rules.staffRules().clerkQuarterly();
        if (q == null) {
            for (TableInput t : inputs) ctx.errors.add(t.file(), t.sheet(), 0, null, null, "考核办法未设书记员季度考评");
            return;
        }
        Map<String, Long> seen = new HashMap<>();
        SheetReader.read(inputs, RecordType.CLERK_EVALUATIONS, clerkSpec(ctx.rules.staffRules()), ctx, r -> {
            StaffRole role = person(ctx, r, E_STAFF, ctx.staff(r, E_STAFF), StaffRole.CLERK, ctx.rules.staffRules());
            int[] quarter = quarter(r, E_QUARTER);
            Map<String, Double> parts = new LinkedHashMap<>();
            for (int i = 0; i < q.parts().size(); i++) {
                ClerkQuarterlyRule.Part p = q.parts().get(i);
                double v = r.decimal(E_FIRST_PART + i, 0, p.points(), "应为 0 到 " + number(p.points()) + " 之间的数");
                if (!Double.isNaN(v)) parts.put(p.code(), v);
            }
            if (role == null || quarter == null) return;
            String key = r.text(E_STAFF) + "|" + quarter[0] + "|" + quarter[1];
            if (!ReadContext.firstOccurrence(seen, key, r, E_QUARTER, "同一书记员同一季度的考评")) return;
            if (r.hasErrors() || !ctx.emitting()) return;
            ctx.sink.clerkEvaluation(new Rows.ClerkEvaluation(r.text(E_STAFF), quarter[0], quarter[1], parts));
        });
    }

    /**
     * The role of the person named in the column, null when unknown (reported); a person the rule set does not
     * assess, or of another role than required, is reported but still returned.
     */
    private static StaffRole person(ReadContext ctx, CsvRow r, int col, String id, StaffRole required,
                                    StaffRuleSet rules) {
        if (id == null) return null;
        StaffRole role = ctx.staffRole(id);
        if (required != null && role != required) {
            r.error(col, "该人员岗位为 " + role.label() + "，不是" + required.label());
        } else if (!rules.assessedRoles().contains(role)) {
            r.error(col, "岗位 " + role.label() + " 不参加考核");
        }
        return role;
    }

    /** The rule set of the person's court on the day (the one rule set when the reader has no assignment). */
    private static StaffRuleSet rulesOf(ReadContext ctx, String staffId, int day) {
        String court = staffId == null ? null : ctx.staffCourt(staffId);
        return ctx.rules.staffRules(court, day == Times.NONE ? null : LocalDate.ofEpochDay(day));
    }

    private static boolean hasQuotaItem(StaffRuleSet rules, StaffRole role) {
        for (RuleItem i : rules.itemsFor(role)) {
            if (i.rule() instanceof QuotaRule) return true;
        }
        return false;
    }

    /** 2024-03, 2024/3 or 2024年3月; null when bad (reported). */
    private static YearMonth month(CsvRow r, int col) {
        Matcher m = MONTH.matcher(r.text(col));
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) return YearMonth.of(Integer.parseInt(m.group(1)), month);
        }
        r.error(col, "无法识别的月份（应如 2024-03）");
        return null;
    }

    /** {year, quarter} from 2024-Q1, 2024Q1 or 2024年第1季度; null when empty or bad (reported). */
    private static int[] quarter(CsvRow r, int col) {
        String t = r.optional(col);
        if (t == null) return null;
        Matcher m = QUARTER.matcher(t);
        if (m.matches()) return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        r.error(col, "无法识别的季度（应如 2024-Q1）");
        return null;
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
