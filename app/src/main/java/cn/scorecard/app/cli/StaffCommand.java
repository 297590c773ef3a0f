package cn.scorecard.app.cli;

import cn.scorecard.app.staff.StaffJson;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.staff.MonthlyAssessment;
import cn.scorecard.core.staff.QuarterlyClerkResult;
import cn.scorecard.core.staff.StaffAssessor;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "执行干警月度绩效考核（宛法〔2023〕127号），或书记员季度考评结果")
final class StaffCommand implements Callable<Integer> {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @Mixin
    DataOptions source;

    @Option(names = "--month", description = "考核月份 YYYY-MM")
    YearMonth month;

    @Option(names = "--quarter", description = "书记员季度 YYYY-Qn")
    String quarter;

    @Option(names = "--format", defaultValue = "json", description = "json | csv")
    String format;

    @Option(names = "--rules", description = "考核规则文件（YAML，默认内置宛法〔2023〕127号）")
    Path rules;

    @Override
    public Integer call() throws Exception {
        if ((month == null) == (quarter == null)) throw new IllegalArgumentException(Messages.text("cli.error.monthOrQuarter"));
        ProvinceData province = source.province();
        StaffRuleSet ruleSet = rules == null ? StaffRuleSets.bundled() : StaffRuleSets.load(rules);
        StaffInputs inputs = source.staffInputs(ruleSet, province);
        StaffAssessor assessor = new StaffAssessor(province, ruleSet, inputs);
        if (month != null) {
            MonthlyAssessment result = assessor.assess(month);
            if (format.equals("csv")) {
                Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                StaffCsv.write(result, province, w);
                w.flush();
            } else {
                Json.print(StaffJson.month(result, province));
            }
            return 0;
        }
        Matcher m = QUARTER.matcher(quarter);
        if (!m.matches()) throw new IllegalArgumentException(Messages.text("cli.error.quarter", quarter));
        List<QuarterlyClerkResult> results = assessor.assessQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        Json.print(StaffJson.quarter(quarter, ruleSet.version(), results, province));
        return 0;
    }
}
