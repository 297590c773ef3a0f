package cn.scorecard.core.demo;

import cn.scorecard.core.cases.StepType;
import cn.scorecard.core.io.RecordType;
import cn.scorecard.core.mapping.ColumnRule;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.RecordRule;
import cn.scorecard.core.mapping.SourceRule;
import cn.scorecard.core.mapping.StepColumns;
import cn.scorecard.core.mapping.ValueMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The profile that reads the foreign layout of {@link ForeignLayout}. */
final class ForeignProfile {
    private ForeignProfile() {
    }

    static MappingProfile of(Map<String, String> courtNames) {
        Map<String, String> courts = new LinkedHashMap<>();
        courtNames.forEach((code, name) -> courts.put(name, code));
        Map<String, String> methods = new LinkedHashMap<>();
        ForeignLayout.METHOD_CODES.forEach((m, code) -> methods.put(code, m.label()));
        Map<String, ValueMap> maps = Map.of("法院", new ValueMap("法院", courts, false),
                "结案方式", new ValueMap("结案方式", methods, false));
        ColumnRule court = ColumnRule.from("法院代码", "经办法院").withMap("法院");
        List<ColumnRule> cases = List.of(court, ColumnRule.from("案号", "案号"),
                dated(ColumnRule.from("立案日期", "立案日期", "收案日期"), "yyyyMMdd"),
                ColumnRule.from("结案日期", "结案日期"),
                ColumnRule.from("结案方式", "结案方式代码").withMap("结案方式"),
                ColumnRule.from("案件类别", "案件类别"),
                ColumnRule.from("申请标的额", "申请执行标的（元）", "申请执行标的"),
                ColumnRule.from("到位金额", "实际到位金额（元）", "实际到位金额"),
                part("承办法官", 1), part("法官助理", 2), part("书记员", 3),
                ColumnRule.from("下落不明", "下落不明"), ColumnRule.from("不适用失信", "不适用失信"),
                ColumnRule.from("未纳入流程系统", "未纳入流程系统"));
        List<StepColumns.StepColumn> stepColumns = new ArrayList<>();
        for (StepType s : ForeignLayout.WIDE) {
            stepColumns.add(new StepColumns.StepColumn(List.of(ForeignWorkbook.stepHeader(s)), s.label()));
        }
        RecordRule wideSteps = new RecordRule(RecordType.STEPS, List.of(court, ColumnRule.from("案号", "案号")),
                new StepColumns("节点", "时间", stepColumns, List.of("yyyy/M/d H:mm", "yyyy/M/d")));
        SourceRule caseSheet = new SourceRule("执行案件流程导出*.xlsx", ForeignLayout.SHEET, 0, List.of("合计", "制表"),
                List.of(new RecordRule(RecordType.CASES, cases, null), wideSteps));
        List<ColumnRule> detail = List.of(ColumnRule.from("法院代码", "经办法院").withMap("法院"), ColumnRule.from("案号", "案号"),
                ColumnRule.from("节点", "节点名称"), ColumnRule.from("时间", "节点开始时间"),
                ColumnRule.from("结束时间", "节点结束时间"), ColumnRule.from("标志", "节点标记"),
                ColumnRule.from("金额", "涉及金额（元）"), ColumnRule.from("说明", "备注"));
        SourceRule detailFile = new SourceRule("节点明细*.csv", null, 0, List.of(),
                List.of(new RecordRule(RecordType.STEPS, detail, null)));
        return new MappingProfile(ForeignLayout.PROFILE_NAME, "演示数据的外来版式：执行案件流程导出（案件信息表，含各节点时间列）与节点明细",
                maps, List.of(caseSheet, detailFile));
    }

    private static ColumnRule dated(ColumnRule r, String pattern) {
        return new ColumnRule(r.target(), r.sources(), null, null, null, null, null, List.of(pattern));
    }

    private static ColumnRule part(String target, int part) {
        return new ColumnRule(target, List.of(List.of("承办团队")), null, new ColumnRule.Split("/", part), null, null, null,
                List.of());
    }

}
