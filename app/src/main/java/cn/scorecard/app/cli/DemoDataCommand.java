package cn.scorecard.app.cli;

import cn.scorecard.app.platform.demo.DemoData;
import cn.scorecard.app.web.Messages;
import cn.scorecard.core.demo.DemoDirectory;
import cn.scorecard.core.demo.DemoSpec;
import cn.scorecard.core.demo.ForeignLayout;
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

    @Option(names = "--foreign-layout", description = "另以演示用的外来版式写出（执行案件流程导出.xlsx 的案件信息表带各节点时间列、"
            + "GB18030 编码的节点明细.csv），并附读取它的导入配置 流程系统导出.yaml；版式为演示而设，并非官方格式")
    boolean foreignLayout;

    @Override
    public Integer call() throws java.io.IOException {
        if (foreignLayout) {
            Path ours = java.nio.file.Files.createTempDirectory("scorecard-demo-");
            try {
                Integer rc = write(ours);
                ForeignLayout.write(ours, out);
                System.err.println(Messages.text("cli.demo.foreignWritten", out.resolve(ForeignLayout.PROFILE), out.toAbsolutePath()));
                return rc;
            } finally {
                try (var files = java.nio.file.Files.walk(ours)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        return write(out);
    }

    private Integer write(Path out) {
        DemoSpec spec = DemoData.spec(seed, intermediateCourts, basicCourts, cases);
        long start = System.nanoTime();
        DemoDirectory.Summary s = DemoDirectory.write(spec, StaffRuleSets.bundled(), out, (done, total) ->
                System.err.println(Messages.text("cli.demo.progress", String.valueOf(done), String.valueOf(total),
                        String.valueOf(total == 0 ? 100 : done * 100 / total), String.valueOf((System.nanoTime() - start) / 1_000_000_000L))));
        System.err.println(Messages.text("cli.demo.done", String.valueOf(s.courts()), String.valueOf(s.staff()),
                String.valueOf(s.cases()), String.valueOf(s.incidents()), String.valueOf(out.toAbsolutePath())));
        return 0;
    }
}
