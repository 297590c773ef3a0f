package cn.scorecard.app.cli;

import cn.scorecard.app.platform.demo.DemoData;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
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
        long start = System.nanoTime();
        DemoDirectory.Summary s = DemoDirectory.write(spec, StaffRuleSets.bundled(), out, (done, total) ->
                System.err.printf("已生成 %d / %d 件案件（%d%%），用时 %d 秒%n", done, total, total == 0 ? 100 : done * 100 / total,
                        (System.nanoTime() - start) / 1_000_000_000L));
        System.err.printf("已生成 %d 家法院、%d 名人员、%d 件案件、%d 条考核事件 → %s%n", s.courts(), s.staff(), s.cases(),
                s.incidents(), out.toAbsolutePath());
        return 0;
    }
}
