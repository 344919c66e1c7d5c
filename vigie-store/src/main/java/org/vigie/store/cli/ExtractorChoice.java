package org.vigie.store.cli;

import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import org.vigie.store.bench.MarkupExtractor;

/**
 * Which extractor a command uses: the default pipeline, or the markup stand-in for tests and
 * benches.
 */
final class ExtractorChoice {
  private ExtractorChoice() {}

  static Extractor of(String name) {
    return switch (name) {
      case "default" -> Extractors.createDefault();
      case "markup" -> new MarkupExtractor();
      default ->
          throw new IllegalArgumentException("unknown extractor " + name + " (default, markup)");
    };
  }
}
