package cn.scorecard.app.cli;

import cn.scorecard.app.web.Messages;
import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.io.parquet.Compression;
import cn.scorecard.core.io.parquet.ProvinceParquet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Writes the province's built cases (from the snapshot when it matches the data directory, else read and then
 * snapshotted as evaluate does; or from the database) as Parquet files into a directory (docs/data-format.md, "Parquet export for analysts").
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "将案件、流程节点、执行款、强制执行行动、扣除/延长期间及法院导出为 Parquet 文件，供 DuckDB、pandas 等分析工具直接读取")
final class SnapshotExportCommand implements Callable<Integer> {
    @Mixin
    DataOptions source;

    @Option(names = "--out", paramLabel = "OUTDIR", description = "输出目录（其中同名的 .parquet 文件将被替换）")
    Path out;

    @Option(names = "--compression", paramLabel = "none|gzip", defaultValue = "gzip",
            description = "数据页的压缩：gzip（默认，Parquet 的 GZIP 编解码器）或 none（不压缩）")
    String compression;

    @Override
    public Integer call() throws Exception {
        if (out == null) throw new IllegalArgumentException(Messages.text("cli.snapshot.noOut"));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException(Messages.text("cli.snapshot.outIsFile", out.toString()));
        }
        Compression codec = codec(compression);
        long start = System.nanoTime();
        ProvinceData province = source.province();
        long read = System.nanoTime();
        List<ProvinceParquet.Written> written = ProvinceParquet.write(province, out, codec);
        for (ProvinceParquet.Written w : written) {
            System.out.println(Messages.text("cli.snapshot.written", w.file(), String.valueOf(w.rows()), String.valueOf(w.bytes())));
        }
        System.out.println(Messages.text("cli.snapshot.done", String.valueOf(province.cases().size()),
                out.toAbsolutePath().toString(), String.valueOf((read - start) / 1_000_000L),
                String.valueOf((System.nanoTime() - read) / 1_000_000L)));
        return 0;
    }

    private static Compression codec(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "gzip" -> Compression.GZIP;
            case "none" -> Compression.NONE;
            default -> throw new IllegalArgumentException(Messages.text("cli.snapshot.badCompression", name));
        };
    }
}
