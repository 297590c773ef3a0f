package cn.scorecard.core.staff;

import cn.scorecard.core.cases.CaseNumber;
import cn.scorecard.core.data.StaffMember;
import cn.scorecard.core.data.StaffRole;
import cn.scorecard.core.io.DataImportException;
import cn.scorecard.core.io.ImportError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the staff-assessment inputs (docs/data-format.md, "Staff assessment inputs"). A missing file is an
 * empty table. Every problem is collected with file, row (header = 1), column and value; if there is any, a
 * {@link DataImportException} carries them all.
 */
public final class StaffInputsReader {
    public static final String INCIDENTS = "考核事件.csv";
    public static final String QUOTAS = "结案指标.csv";
    public static final String VETOES = "一票否决.csv";
    public static final String CLERK_EVALUATIONS = "书记员季度考评.csv";

    private final StaffRuleSet rules;
    private final List<StaffMember> staff;
    private final Map<String, Integer> staffIndex = new HashMap<>();

    public StaffInputsReader(StaffRuleSet rules, List<StaffMember> staff) {
        this.rules = rules;
        this.staff = staff;
        for (int i = 0; i < staff.size(); i++) staffIndex.put(staff.get(i).id(), i);
    }

    /** Reads the four files from a directory; absent files are empty. */
    public StaffInputs read(Path directory) {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : List.of(INCIDENTS, QUOTAS, VETOES, CLERK_EVALUATIONS)) {
            Path p = directory.resolve(name);
            if (!Files.exists(p)) continue;
            try {
                files.put(name, Files.readAllBytes(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return read(files);
    }

    /** Reads files given by name (as uploaded); absent names are empty. */
    public StaffInputs read(Map<String, byte[]> files) {
        List<ImportError> errors = new ArrayList<>();
        CellReader cells = new CellReader(errors);
        List<StaffInputs.Incident> incidents = new ArrayList<>();
        List<StaffInputs.ClosureQuota> quotas = new ArrayList<>();
        List<StaffInputs.VetoRecord> vetoes = new ArrayList<>();
        List<StaffInputs.ClerkEvaluation> evaluations = new ArrayList<>();
        if (files.containsKey(INCIDENTS)) {
            incidents(CsvSheet.read(INCIDENTS, files.get(INCIDENTS), List.of("人员编号", "日期", "事件类型"),
                    List.of("事件编号", "案号", "件数", "说明", "登记人"), errors), cells, incidents);
        }
        if (files.containsKey(QUOTAS)) {
            quotas(CsvSheet.read(QUOTAS, files.get(QUOTAS), List.of("人员编号", "结案指标"), List.of("月份"), errors),
                    cells, quotas);
        }
        if (files.containsKey(VETOES)) {
            vetoes(CsvSheet.read(VETOES, files.get(VETOES), List.of("人员编号", "日期", "否决事由"), List.of("说明"),
                    errors), cells, vetoes);
        }
        if (files.containsKey(CLERK_EVALUATIONS)) {
            evaluations(files.get(CLERK_EVALUATIONS), errors, cells, evaluations);
        }
        if (!errors.isEmpty()) throw new DataImportException(errors);
        return new StaffInputs(incidents, quotas, vetoes, evaluations);
    }

    private void incidents(CsvSheet sheet, CellReader c, List<StaffInputs.Incident> out) {
        Set<String> ids = new HashSet<>();
        for (CsvSheet.Row row : sheet.rows()) {
            int before = c.errors.size();
            Integer person = person(sheet, row, c, null);
            LocalDate day = c.date(sheet, row, "日期");
            String type = row.get("事件类型");
            DeductionKind kind = null;
            if (type.isEmpty()) {
                c.error(sheet, row, "事件类型", "必填");
            } else {
                RuleItem item = rules.itemOfKind(type);
                kind = rules.deductionKind(type);
                if (kind == null) {
                    c.error(sheet, row, "事件类型", "未知的事件类型（应为考核办法中扣分项的名称、简称或代码）");
                } else if (!kind.incidentsAllowed()) {
                    c.error(sheet, row, "事件类型", "该项由系统依据案件数据自动计算，不能登记为考核事件");
                } else if (person != null && !item.appliesTo(staff.get(person).role())) {
                    c.error(sheet, row, "事件类型", "项目 " + item.code() + " 不适用于岗位 " + staff.get(person).role().label());
                }
            }
            String caseNumber = row.get("案号");
            if (!caseNumber.isEmpty() && !CaseNumber.isValid(caseNumber)) c.error(sheet, row, "案号", "案号格式不正确");
            int count = row.get("件数").isEmpty() ? 1 : c.integer(sheet, row, "件数", 1);
            String id = row.get("事件编号").isEmpty() ? INCIDENTS + "第" + row.number() + "行" : row.get("事件编号");
            if (!ids.add(id)) c.error(sheet, row, "事件编号", "事件编号重复");
            if (c.errors.size() == before) {
                out.add(new StaffInputs.Incident(id, person, day, kind.code(), caseNumber.isEmpty() ? null : caseNumber,
                        count, row.get("说明"), row.get("登记人")));
            }
        }
    }

    private void quotas(CsvSheet sheet, CellReader c, List<StaffInputs.ClosureQuota> out) {
        Set<String> seen = new HashSet<>();
        for (CsvSheet.Row row : sheet.rows()) {
            int before = c.errors.size();
            Integer person = person(sheet, row, c, null);
            if (person != null && !hasQuotaItem(staff.get(person).role())) {
                c.error(sheet, row, "人员编号", "岗位 " + staff.get(person).role().label() + " 不考核结案指标");
            }
            YearMonth month = row.get("月份").isEmpty() ? null : c.month(sheet, row, "月份");
            int quota = c.integer(sheet, row, "结案指标", 0);
            if (person != null && !seen.add(person + "|" + row.get("月份").isEmpty() + "|" + month)) {
                c.error(sheet, row, "月份", "同一人员同一月份的结案指标重复");
            }
            if (c.errors.size() == before) out.add(new StaffInputs.ClosureQuota(person, month, quota));
        }
    }

    private void vetoes(CsvSheet sheet, CellReader c, List<StaffInputs.VetoRecord> out) {
        for (CsvSheet.Row row : sheet.rows()) {
            int before = c.errors.size();
            Integer person = person(sheet, row, c, null);
            LocalDate day = c.date(sheet, row, "日期");
            VetoCondition v = null;
            if (row.get("否决事由").isEmpty()) c.error(sheet, row, "否决事由", "必填");
            else if ((v = rules.veto(row.get("否决事由"))) == null) {
                c.error(sheet, row, "否决事由", "未知的否决事由（应为考核办法所列四种情形之一）");
            }
            if (c.errors.size() == before) {
                out.add(new StaffInputs.VetoRecord(VETOES + "第" + row.number() + "行", person, day, v.code(), row.get("说明")));
            }
        }
    }

    private void evaluations(byte[] bytes, List<ImportError> errors, CellReader c, List<StaffInputs.ClerkEvaluation> out) {
        ClerkQuarterlyRule q = rules.clerkQuarterly();
        if (q == null) {
            errors.add(new ImportError(CLERK_EVALUATIONS, null, 1, null, null, "考核办法未设书记员季度考评"));
            return;
        }
        List<String> required = new ArrayList<>(List.of("人员编号", "季度"));
        for (ClerkQuarterlyRule.Part p : q.parts()) required.add(p.name());
        CsvSheet sheet = CsvSheet.read(CLERK_EVALUATIONS, bytes, required, List.of(), errors);
        Set<String> seen = new HashSet<>();
        for (CsvSheet.Row row : sheet.rows()) {
            int before = c.errors.size();
            Integer person = person(sheet, row, c, StaffRole.CLERK);
            int[] quarter = c.quarter(sheet, row, "季度");
            Map<String, Double> parts = new LinkedHashMap<>();
            for (ClerkQuarterlyRule.Part p : q.parts()) {
                Double v = c.decimal(sheet, row, p.name(), p.points());
                if (v != null) parts.put(p.code(), v);
            }
            if (person != null && quarter != null && !seen.add(person + "|" + quarter[0] + "|" + quarter[1])) {
                c.error(sheet, row, "季度", "同一书记员同一季度的考评重复");
            }
            if (c.errors.size() == before) out.add(new StaffInputs.ClerkEvaluation(person, quarter[0], quarter[1], parts));
        }
    }

    private boolean hasQuotaItem(StaffRole role) {
        for (RuleItem i : rules.itemsFor(role)) {
            if (i.rule() instanceof QuotaRule) return true;
        }
        return false;
    }

    private Integer person(CsvSheet sheet, CsvSheet.Row row, CellReader c, StaffRole requiredRole) {
        String id = row.get("人员编号");
        if (id.isEmpty()) {
            c.error(sheet, row, "人员编号", "必填");
            return null;
        }
        Integer index = staffIndex.get(id);
        if (index == null) {
            c.error(sheet, row, "人员编号", "人员编号不在人员名册中");
            return null;
        }
        StaffRole role = staff.get(index).role();
        if (requiredRole != null && role != requiredRole) {
            c.error(sheet, row, "人员编号", "该人员岗位为 " + role.label() + "，不是" + requiredRole.label());
        } else if (!rules.assessedRoles().contains(role)) {
            c.error(sheet, row, "人员编号", "岗位 " + role.label() + " 不参加考核");
        }
        return index;
    }
}
