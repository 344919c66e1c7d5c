package org.vigie.cli;

import java.io.PrintStream;
import java.util.regex.Pattern;
import org.vigie.model.ArticleResult;
import org.vigie.model.Json;

/**
 * Prints article results as they come, in one of the contract's shapes. Serialisation ({@link
 * #serialise}) is separate from printing so that workers do it in parallel and the single output
 * thread only copies strings.
 */
abstract sealed class ResultWriter {

  /** How often the output thread asks whether stdout still works (asking flushes it). */
  private static final int CHECK_EVERY = 64;

  protected final PrintStream out;
  private int printed;
  private volatile boolean broken;

  private ResultWriter(PrintStream out) {
    this.out = out;
  }

  /** Prints one serialised document; called from one thread only, in order. */
  final void write(String document) {
    print(document);
    if (++printed % CHECK_EVERY == 0 && out.checkError()) {
      broken = true;
    }
  }

  /**
   * {@code array} says whether several documents may come: decided from the command line (several
   * inputs, or a corpus), never from how many articles happen to succeed, so that scripts see one
   * shape for one kind of call.
   */
  static ResultWriter of(OutputFormat format, boolean array, PrintStream out) {
    return switch (format) {
      case jsonl -> new Lines(out);
      case json -> array ? new Array(out) : new Single(out);
    };
  }

  abstract String serialise(ArticleResult result);

  protected abstract void print(String document);

  /** Closes the shape (the array's bracket) and flushes. */
  abstract void finish();

  /** Whether the reader went away (a closed pipe, as with {@code | head}): stop extracting. */
  boolean broken() {
    return broken;
  }

  private static final class Lines extends ResultWriter {
    Lines(PrintStream out) {
      super(out);
    }

    @Override
    String serialise(ArticleResult result) {
      return Json.write(result);
    }

    @Override
    protected void print(String document) {
      out.print(document);
      out.print('\n');
    }

    @Override
    void finish() {
      out.flush();
    }
  }

  private static final class Single extends ResultWriter {
    Single(PrintStream out) {
      super(out);
    }

    @Override
    String serialise(ArticleResult result) {
      return Json.writePretty(result);
    }

    @Override
    protected void print(String document) {
      out.print(document);
      out.print('\n');
    }

    @Override
    void finish() {
      out.flush();
    }
  }

  private static final class Array extends ResultWriter {
    private static final Pattern LINE_START = Pattern.compile("(?m)^");
    private boolean first = true;

    Array(PrintStream out) {
      super(out);
      out.print("[\n");
    }

    @Override
    String serialise(ArticleResult result) {
      // JSON strings never hold a raw newline, so indenting every line is safe.
      return LINE_START.matcher(Json.writePretty(result)).replaceAll("  ");
    }

    @Override
    protected void print(String document) {
      if (!first) {
        out.print(",\n");
      }
      first = false;
      out.print(document);
    }

    @Override
    void finish() {
      out.print(first ? "]\n" : "\n]\n");
      out.flush();
    }
  }
}
