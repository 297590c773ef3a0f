package cn.scorecard.app.cli;

import cn.scorecard.app.web.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scorecard} command and its subcommands. */
@Command(name = "scorecard", mixinStandardHelpOptions = true, version = "执行质效评估系统 0.1.0",
        description = "执行质效评估系统 (Enforcement Scorecard): 人民法院基本解决执行难第三方评估与执行干警绩效考核",
        subcommands = {CatalogCommand.class, EvaluateCommand.class, StaffCommand.class, DemoDataCommand.class, ImportCommand.class, ProfilesCommand.class, AuditCommand.class, SnapshotCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class ScorecardCommand implements Runnable {
    /** Exit code a command returns when it leaves a server running (serve). */
    public static final int KEEP_RUNNING = -1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ScorecardCommand());
        cl.setExecutionStrategy(parsed -> {
            if (!parsed.subcommands().isEmpty() && !parsed.subcommand().commandSpec().name().equals("serve")) {
                CliLogging.toStderr();
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println(Messages.text("cli.error", String.valueOf(ex.getMessage())));
            return 2;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
