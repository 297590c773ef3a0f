package cn.scorecard.app.cli;

import cn.scorecard.app.audit.AuditVerification;
import cn.scorecard.app.platform.store.Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scorecard audit verify}: checks the audit log's hash chain; exit 0 when intact, 1 at the first break. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "审计日志",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "校验审计日志的哈希链：完整时退出码为 0，否则为 1 并指出第一条断裂的记录")
    static final class Verify implements Callable<Integer> {
        @Option(names = "--db", description = "JDBC URL（默认为 serve 所用的内嵌 H2 数据库 ./data/scorecard）")
        String db = Databases.DEFAULT_URL;

        @Option(names = "--db-user", description = "数据库用户名")
        String dbUser;

        @Option(names = "--db-password", description = "数据库密码")
        String dbPassword;

        @Override
        public Integer call() throws SQLException {
            DataSource ds = Databases.dataSource(db, dbUser, dbPassword);
            Databases.migrate(ds);
            AuditVerification.Result result;
            try (Connection c = ds.getConnection()) {
                result = AuditVerification.verify(c);
            }
            System.out.println(result.message());
            return result.intact() ? 0 : 1;
        }
    }
}
