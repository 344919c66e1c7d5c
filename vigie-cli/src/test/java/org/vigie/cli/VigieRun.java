package org.vigie.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.vigie.extract.Extractor;

/** One in-process run of {@code vigie}: its exit status and what it printed. */
record VigieRun(int status, String out, String err) {

  static VigieRun of(Extractor extractor, byte[] stdin, String... args) {
    return withFactory(() -> extractor, stdin, args);
  }

  static VigieRun withFactory(Supplier<Extractor> factory, byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      int status = Vigie.run(args, new CliContext(new ByteArrayInputStream(stdin), o, e, factory));
      return new VigieRun(
          status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }

  static VigieRun of(Extractor extractor, String... args) {
    return of(extractor, new byte[0], args);
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}
