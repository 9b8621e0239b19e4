package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code potentia} command: scores, ranks and reports for researchers who do not write Java.
 * Exit codes: 0 on success, 2 on bad input (the message names the file, position and problem), 1
 * on an internal error.
 */
@Command(name = "potentia", mixinStandardHelpOptions = true, version = "potentia 0.1.0-SNAPSHOT",
    description = "Models and scores all-people national defence potential.",
    subcommands = {CatalogueCommand.class, ValidateCommand.class, ScoreCommand.class, RankCommand.class,
        WeightsCommand.class, AhpCommand.class, ReportCommand.class, UncertaintyCommand.class, SensitivityCommand.class, CompareCommand.class,
        WhatIfCommand.class, PrioritiesCommand.class,
        CommandLine.HelpCommand.class})
public final class Potentia implements Runnable {
  /** Exit code of bad input. */
  public static final int BAD_INPUT = 2;
  /** Exit code of an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given output streams.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Potentia());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InvalidInputException) {
        commandLine.getErr().println("potentia: " + e.getMessage());
        return BAD_INPUT;
      }
      if (e instanceof UncheckedIOException io) {
        Throwable cause = io.getCause();
        commandLine.getErr().println("potentia: " + (cause instanceof NoSuchFileException ? "no such file: "
            + cause.getMessage() : io.getMessage()));
        return BAD_INPUT;
      }
      commandLine.getErr().println("potentia: internal error: " + e);
      e.printStackTrace(commandLine.getErr());
      return INTERNAL_ERROR;
    });
    return cli.execute(args);
  }
}
