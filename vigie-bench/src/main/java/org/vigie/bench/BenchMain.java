package org.vigie.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs {@code bench} on its own, before it is registered in the {@code vigie} command: {@code java
 * -cp vigie-bench/target/benchmarks.jar org.vigie.bench.BenchMain [options] [CORPUS]}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new BenchCommand());
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
