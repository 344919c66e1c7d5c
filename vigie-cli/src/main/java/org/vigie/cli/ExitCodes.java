package org.vigie.cli;

/**
 * Exit statuses of {@code vigie}, the same for every subcommand. When several apply, the highest
 * wins: a run with a bad input and an internal error exits 3.
 */
public final class ExitCodes {
  /** Every input was read and extracted. */
  public static final int OK = 0;

  /**
   * Some input was skipped or reported an error (unreadable, empty, binary, too large, bad corpus
   * line, unsupported language); everything else was processed and printed.
   */
  public static final int INPUT_ERROR = 1;

  /** The command line was wrong (unknown option, bad value, missing file argument). */
  public static final int USAGE = 2;

  /** Vigie itself failed (the pipeline could not start, or crashed on an article): a bug. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
