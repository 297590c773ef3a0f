package cn.scorecard.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code scorecard snapshot export}: the built cases for analysts. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "案件快照（读取数据目录时保存的已建案件表）",
        subcommands = {SnapshotExportCommand.class})
final class SnapshotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
