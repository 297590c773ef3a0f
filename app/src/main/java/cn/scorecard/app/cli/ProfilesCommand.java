package cn.scorecard.app.cli;

import cn.scorecard.app.web.Messages;
import cn.scorecard.app.platform.importing.ImportProfiles;
import cn.scorecard.app.platform.store.Databases;
import cn.scorecard.core.mapping.MappingProfile;
import cn.scorecard.core.mapping.ProfileException;
import cn.scorecard.core.mapping.ProfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scorecard profiles list|export|import}: the stored mapping profiles (导入配置). */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "导入配置（外来格式的映射，见 docs/import-profiles.md）",
        subcommands = {ProfilesCommand.ListProfiles.class, ProfilesCommand.Export.class, ProfilesCommand.ImportProfile.class})
final class ProfilesCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A stored profile's newest version by name, or a YAML file (a name ending in .yaml or .yml). */
    static MappingProfile resolve(String nameOrFile, DataSource ds) {
        if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml")) {
            Path f = Path.of(nameOrFile);
            try {
                return ProfileParser.parse(Files.readString(f, StandardCharsets.UTF_8), f.getFileName().toString());
            } catch (IOException e) {
                throw new IllegalArgumentException(Messages.text("cli.profiles.unreadable", f, e.getMessage()));
            }
        }
        return new ImportProfiles(ds).latest(nameOrFile).orElseThrow(() ->
                new IllegalArgumentException(Messages.text("cli.profiles.unknown", nameOrFile))).profile();
    }

    /** The database options every subcommand takes. */
    static final class Db {
        @Option(names = "--db", description = "JDBC URL（默认为 serve 所用的内嵌 H2 数据库 ./data/scorecard）")
        String db = Databases.DEFAULT_URL;

        @Option(names = "--db-user", description = "数据库用户名")
        String dbUser;

        @Option(names = "--db-password", description = "数据库密码")
        String dbPassword;

        DataSource open() {
            DataSource ds = Databases.dataSource(db, dbUser, dbPassword);
            Databases.migrate(ds);
            return ds;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出保存的导入配置（每个配置的最新版本）")
    static final class ListProfiles implements Callable<Integer> {
        @Mixin
        Db db = new Db();

        @Override
        public Integer call() {
            List<ImportProfiles.Stored> all = new ImportProfiles(db.open()).list();
            if (all.isEmpty()) System.out.println(Messages.text("cli.profiles.none"));
            for (ImportProfiles.Stored s : all) {
                System.out.println(Messages.text("cli.profiles.line", s.name(), String.valueOf(s.version()),
                        String.valueOf(s.createdAt().withNano(0)), s.createdBy(), s.profile().description()));
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "把导入配置导出为 YAML（默认最新版本，写到标准输出）")
    static final class Export implements Callable<Integer> {
        @Mixin
        Db db = new Db();

        @Parameters(index = "0", paramLabel = "NAME", description = "配置名称")
        String name;

        @Option(names = "--version", description = "版本号（默认最新）")
        Integer version;

        @Option(names = {"-o", "--output"}, description = "写入此文件而不是标准输出")
        Path output;

        @Override
        public Integer call() throws IOException {
            ImportProfiles profiles = new ImportProfiles(db.open());
            var stored = version == null ? profiles.latest(name) : profiles.get(name, version);
            if (stored.isEmpty()) {
                System.err.println(version == null ? Messages.text("cli.profiles.notFound", name)
                        : Messages.text("cli.profiles.notFoundVersion", name, String.valueOf(version)));
                return 1;
            }
            if (output == null) System.out.print(stored.get().content());
            else Files.writeString(output, stored.get().content(), StandardCharsets.UTF_8);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "检查并保存 YAML 导入配置（同名配置另存为新版本；内容未变则不另存）")
    static final class ImportProfile implements Callable<Integer> {
        @Mixin
        Db db = new Db();

        @Option(names = "--actor", description = "记入审计日志的操作人（与操作系统用户一并记录）")
        String actor;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "YAML 配置文件")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            ImportProfiles profiles = new ImportProfiles(db.open());
            int failed = 0;
            for (Path f : files) {
                try {
                    ImportProfiles.Stored s = profiles.save(Files.readString(f, StandardCharsets.UTF_8), ImportCommand.actor(actor));
                    System.out.println(Messages.text("cli.profiles.saved", f.getFileName(), s.name(), String.valueOf(s.version())));
                } catch (ProfileException e) {
                    System.err.println(f.getFileName() + "：" + e.getMessage());
                    failed++;
                }
            }
            return failed == 0 ? 0 : 1;
        }
    }
}
