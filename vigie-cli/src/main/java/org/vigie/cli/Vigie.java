package org.vigie.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code vigie} command.
 *
 * <p>To add a subcommand, add its class to {@code subcommands} below: that is the whole change (for
 * example {@code org.vigie.eval.EvalCommand.class}). The class needs a picocli {@code @Command(name
 * = ...)}, implements {@code Callable<Integer>} or {@code Runnable}, and has either a no-argument
 * constructor or, inside this module, one taking a {@link CliContext} (standard streams and the
 * shared pipeline, replaceable in tests). It prints through {@code
 * spec.commandLine().getOut()/getErr()} or {@code System.out/err} (both UTF-8 here) and returns the
 * statuses of {@link ExitCodes}: 0 done, 1 some input skipped, 2 bad command line (picocli's own
 * usage errors already exit 2), 3 internal error.
 */
@Command(
    name = "vigie",
    mixinStandardHelpOptions = true,
    versionProvider = Vigie.Version.class,
    description = "Turns news reports (French, English, Arabic) into conflict events.",
    subcommands = {
      ExtractCommand.class,
      org.vigie.eval.EvalCommand.class,
      org.vigie.geo.cli.GazetteerCommand.class,
      org.vigie.store.cli.IngestCommand.class,
      org.vigie.store.cli.ExportCommand.class,
      org.vigie.server.ServeCommand.class,
      org.vigie.cli.watch.WatchCommand.class,
      HelpCommand.class,
    })
public final class Vigie implements Runnable {

  @Spec CommandSpec spec;

  /** Stack traces for internal errors, for developers: {@code VIGIE_DEBUG=1}. */
  static boolean debug() {
    String flag = System.getenv("VIGIE_DEBUG");
    return flag != null && !flag.isEmpty() && !flag.equals("0");
  }

  @Override
  public void run() {
    // `vigie` alone: a usage error, shown with the list of commands.
    throw new CommandLine.ParameterException(spec.commandLine(), "missing a command");
  }

  public static void main(String[] args) {
    // Always UTF-8, whatever the locale: Arabic must not come out as question marks when LANG is
    // unset (as in containers and CI).
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.setOut(out);
    System.setErr(err);
    int status = run(args, CliContext.system(out, err));
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs {@code vigie args} against {@code context}; returns the exit status. */
  public static int run(String[] args, CliContext context) {
    CommandLine commandLine = new CommandLine(new Vigie(), new Factory(context));
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    commandLine.setParameterExceptionHandler(
        (e, badArgs) -> {
          // One line saying what is wrong and where help is, not the whole help text.
          CommandLine cl = e.getCommandLine();
          PrintWriter err = cl.getErr();
          if (cl.getCommand() instanceof Vigie && badArgs.length == 0) {
            cl.usage(err);
            err.flush();
            return ExitCodes.USAGE;
          }
          err.println("vigie: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
          err.flush();
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          if (debug()) {
            e.printStackTrace(context.err());
          }
          context
              .err()
              .println(
                  "vigie: internal error: "
                      + e
                      + (debug() ? "" : " (VIGIE_DEBUG=1 shows the stack trace)"));
          return ExitCodes.INTERNAL;
        });
    int status = commandLine.execute(args);
    context.out().flush();
    context.err().flush();
    return status;
  }

  /**
   * Creates commands, handing a {@link CliContext} to those whose constructor takes one; others are
   * created as picocli would.
   */
  private static final class Factory implements IFactory {
    private final CliContext context;

    Factory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        Constructor<K> constructor = cls.getDeclaredConstructor(CliContext.class);
        constructor.setAccessible(true);
        return constructor.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Vigie.class.getPackage().getImplementationVersion();
      return new String[] {"vigie " + (version == null ? "(development build)" : version)};
    }
  }
}
