package cn.scorecard.app.cli;

import picocli.CommandLine;

/** Entry point of the jar: the command-line interface; {@code serve} starts the web application. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = ScorecardCommand.commandLine().execute(args);
        if (code != ScorecardCommand.KEEP_RUNNING) System.exit(code);
    }
}
