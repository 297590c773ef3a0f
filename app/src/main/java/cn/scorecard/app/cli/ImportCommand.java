package cn.scorecard.app.cli;

import cn.scorecard.app.platform.importing.ImportLock;
import cn.scorecard.app.platform.importing.ImportReport;
import cn.scorecard.app.platform.importing.Importer;
import cn.scorecard.app.platform.store.Databases;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileException;
import cn.scorecard.app.web.Messages;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "把 .csv / .xlsx 数据文件（或其所在目录）导入数据库；全部文件在一个事务中，任何错误都使数据库保持原样")
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--db", description = "JDBC URL，例如 jdbc:postgresql://host:5432/scorecard（默认为 serve 所用的内嵌 H2 数据库 ./data/scorecard）")
    String db = Databases.DEFAULT_URL;

    @Option(names = "--db-user", description = "数据库用户名")
    String dbUser;

    @Option(names = "--db-password", description = "数据库密码")
    String dbPassword;

    @Option(names = "--actor", description = "记入导入日志和审计日志的操作人（与操作系统用户一并记录）")
    String actor;

    @Option(names = "--profile", paramLabel = "NAME", description = "按导入配置读取外来格式的文件：数据库中保存的配置名称（用其最新版本），"
            + "或一个 .yaml 配置文件；见 docs/import-profiles.md")
    String profile;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或目录（目录中的 .csv 和 .xlsx 文件）")
    List<Path> paths;

    /**
     * Imports into an embedded H2 database take turns on {@link ImportLock} first; a connection is held open for
     * the whole command so that the database is opened once (opening it is where processes collide).
     */
    @Override
    public Integer call() throws SQLException {
        try (ImportLock lock = ImportLock.acquire(Databases.withH2Flags(db), System.err::println)) {
            DataSource ds = Databases.dataSource(db, dbUser, dbPassword);
            try (Connection keepOpen = ds.getConnection()) {
                Databases.migrate(ds);
                MappingProfile mapping;
                try {
                    mapping = profile == null ? null : ProfilesCommand.resolve(profile, ds);
                } catch (IllegalArgumentException | ProfileException e) {
                    System.err.println(e.getMessage());
                    return 2;
                }
                // the database's rule book: each person's records checked against their court's staff rule set
                cn.scorecard.app.platform.rules.RuleBookService book = new cn.scorecard.app.platform.rules.RuleBookService(
                        new cn.scorecard.app.platform.rules.RuleBookStore(new org.springframework.jdbc.core.JdbcTemplate(ds)),
                        cn.scorecard.app.platform.rules.RuleBookService.storedCourts(ds));
                ImportReport report = new Importer(ds, cn.scorecard.core.io.ReadRules.byCourt(book.defaultStaffRules(),
                        book::staffRulesFor)).run(paths, mapping, actor(actor), new StderrProgress());
                System.out.println(report.summary(report.accepted() ? 0 : 200));
                return report.accepted() ? 0 : 1;
            }
        }
    }

    /**
     * Who imports: --actor is a claim anyone can type, so the operating-system user that ran the command is
     * always recorded with it, e.g. {@code 张三（命令行，系统用户 zhang）}.
     */
    static String actor(String given) {
        String os = System.getProperty("user.name", "?");
        return given == null || given.isBlank() ? Messages.text("cli.import.actor", os)
                : Messages.text("cli.import.namedActor", given.strip(), os);
    }
}
