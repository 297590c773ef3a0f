package cn.scorecard.app.cli;

import cn.scorecard.core.catalog.Catalog;
import cn.scorecard.core.catalog.CatalogSet;
import cn.scorecard.core.court.CourtLevel;
import cn.scorecard.core.metric.MetricRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "打印某一层级法院的评估指标体系")
final class CatalogCommand implements Callable<Integer> {
    @Option(names = "--level", required = true, description = "HIGH | INTERMEDIATE | BASIC")
    CourtLevel level;

    @Option(names = "--format", defaultValue = "json", description = "json | text")
    String format;

    @Option(names = "--version", description = "指标体系版本（默认最新）")
    String version;

    @Option(names = "--catalog-dir", description = "法院自定义的指标体系版本目录")
    Path catalogDir;

    @Override
    public Integer call() throws Exception {
        MetricRegistry registry = MetricRegistry.bundled();
        CatalogSet set = Catalogs.load(registry, catalogDir);
        Catalog catalog = set.get(version == null ? set.latestVersion() : version, level);
        if (format.equals("json")) {
            Json.print(CatalogJson.of(catalog, registry));
        } else {
            CatalogJson.printText(catalog, System.out);
        }
        return 0;
    }
}
