package cn.scorecard.app.cli;

import cn.scorecard.app.evaluation.EvaluationJson;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.evaluation.EvaluationResult;
import cn.scorecard.core.evaluation.Evaluator;
import cn.scorecard.core.metric.MetricRegistry;
import cn.scorecard.core.metric.Period;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "按评估指标体系评估数据目录（或数据库）中的每一家法院")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    DataOptions source;

    @Option(names = "--year", required = true, description = "评估年度")
    int year;

    @Option(names = "--until", description = "只评估到该月为止（YYYY-MM，年初至今）")
    YearMonth until;

    @Option(names = "--format", defaultValue = "json", description = "json | csv")
    String format;

    @Option(names = "--catalog-version", description = "指标体系版本（默认最新）")
    String catalogVersion;

    @Option(names = "--catalog-dir", description = "法院自定义的指标体系版本目录")
    Path catalogDir;

    @Option(names = "--explain", description = "在 JSON 中列出每个值的分子、分母所计入的案件")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        ProvinceData province = source.province();
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet catalogs = Catalogs.load(registry, catalogDir);
        Period period = until == null ? Period.year(year) : Period.yearToMonth(year, until.getMonthValue());
        EvaluationResult result = new Evaluator(registry).evaluate(province, Catalogs.forVersion(catalogs, catalogVersion), period);
        if (format.equals("csv")) {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            EvaluationCsv.write(result, w);
            w.flush();
        } else {
            Json.print(new EvaluationJson(province.courts(), province.cases(), explain).of(result));
        }
        return 0;
    }
}
