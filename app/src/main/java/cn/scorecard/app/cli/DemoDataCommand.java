package cn.scorecard.app.cli;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.demo.DemoProvince;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.demo.DemoStaffInputs;
import cn.scorecard.core.io.DataDirectoryWriter;
import cn.scorecard.core.io.StaffInputFileWriter;
import cn.scorecard.core.staff.StaffInputs;
import cn.scorecard.core.staff.StaffRuleSet;
import cn.scorecard.core.staff.StaffRuleSets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "生成一个演示省份（一个高院及其中院、基层法院，人员、案件及流程节点、信访、事项、佐证材料等，"
                + "以及考核事件、结案指标、一票否决、书记员季度考评），写成数据目录")
final class DemoDataCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "输出目录")
    Path out;

    @Option(names = "--seed", defaultValue = "20240101", description = "随机种子（同一种子生成相同数据）")
    long seed;

    @Option(names = "--intermediate-courts", defaultValue = "3", description = "中级法院数")
    int intermediateCourts;

    @Option(names = "--basic-courts", defaultValue = "12", description = "基层法院数（分布于各中级法院）")
    int basicCourts;

    @Option(names = "--cases", defaultValue = "60000", description = "案件总数（各类型合计）")
    int cases;

    @Override
    public Integer call() {
        DemoSpec spec = DemoData.spec(seed, intermediateCourts, basicCourts, cases);
        ProvinceData data = DemoProvince.generate(spec);
        StaffRuleSet rules = StaffRuleSets.bundled();
        StaffInputs inputs = DemoStaffInputs.generate(spec, data, rules);
        DataDirectoryWriter.write(data, out);
        StaffInputFileWriter.write(inputs, data.staff(), rules, out);
        System.err.printf("已生成 %d 家法院、%d 名人员、%d 件案件、%d 条考核事件 → %s%n", data.courts().size(),
                data.staff().size(), data.cases().size(), inputs.incidents().size(), out.toAbsolutePath());
        return 0;
    }
}
