package org.vigie.store.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the store commands on their own ({@code ingest}, {@code export}); the {@code vigie} CLI
 * registers the same command classes as its subcommands.
 */
@Command(
    name = "vigie-store",
    mixinStandardHelpOptions = true,
    subcommands = {IngestCommand.class, ExportCommand.class})
public final class StoreMain {
  StoreMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new StoreMain()).execute(args));
  }
}
