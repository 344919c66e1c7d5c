package org.vigie.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Supplier;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;

/**
 * What a command talks to: standard streams and the extraction pipeline. Passed in rather than
 * taken from {@code System} so that tests run the whole command in-process, with a fake extractor
 * and captured output.
 */
public record CliContext(
    InputStream in, PrintStream out, PrintStream err, Supplier<Extractor> extractors) {

  /** The process's streams and the default pipeline. */
  public static CliContext system(PrintStream out, PrintStream err) {
    return new CliContext(System.in, out, err, Extractors::createDefault);
  }
}
