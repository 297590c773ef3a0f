package cn.scorecard.app.cli;

import cn.scorecard.app.ScorecardApplication;
import cn.scorecard.app.platform.store.Databases;
import cn.scorecard.app.platform.store.JdbcProvinceSource;
import cn.scorecard.app.platform.store.SnapshotPrefetch;
import java.nio.file.Path;
import java.util.Optional;
import cn.scorecard.app.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动 Web 应用（默认内嵌 H2 数据库并载入演示数据）")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP 端口（默认 8080）")
    int port;

    @Option(names = "--db", description = "JDBC URL（默认内嵌 H2 文件数据库 ./data/scorecard）")
    String db;

    @Option(names = "--db-user", description = "数据库用户名")
    String dbUser;

    @Option(names = "--db-password", description = "数据库密码")
    String dbPassword;

    /** The launcher's training run of the ahead-of-time cache ({@link AotTraining}): any free port, then stop. */
    @Option(names = "--aot-training", hidden = true)
    boolean aotTraining;

    /** Any Spring setting passed on, e.g. --scorecard.demo.cases=1430000 for a large demo province. */
    @picocli.CommandLine.Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        args.add("--server.port=" + (aotTraining ? 0 : port));
        args.add("--scorecard.data.read-early=true"); // the data and the default ranking ready by the time the port opens
        // the embedded default is the demo (its accounts keep the well-known password); a real database is not
        if (db == null && springArgs.stream().noneMatch(a -> a.startsWith("--spring.profiles.active="))) {
            args.add("--spring.profiles.active=demo");
        }
        if (db != null) args.add("--spring.datasource.url=" + Databases.withH2Flags(db));
        if (dbUser != null) args.add("--spring.datasource.username=" + dbUser);
        if (dbPassword != null) args.add("--spring.datasource.password=" + dbPassword);
        for (String a : springArgs) {
            if (!a.startsWith("--") || !a.contains("=")) throw new IllegalArgumentException(Messages.text("cli.error.argument", a));
            args.add(a);
        }
        snapshotFile(args).ifPresent(SnapshotPrefetch::start); // the cases read meanwhile on the idle core
        var context = ScorecardApplication.start(args.toArray(String[]::new));
        return aotTraining ? AotTraining.run(context) : ScorecardCommand.KEEP_RUNNING;
    }

    /** The server's snapshot file, as {@code scorecard.snapshot.file} will say (the last setting wins; empty: none). */
    static Optional<Path> snapshotFile(List<String> args) {
        String file = JdbcProvinceSource.DEFAULT_SNAPSHOT_FILE;
        for (String a : args) {
            if (a.startsWith("--scorecard.snapshot.file=")) file = a.substring(a.indexOf('=') + 1);
        }
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file));
    }
}
