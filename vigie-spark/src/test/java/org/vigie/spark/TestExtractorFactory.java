package org.vigie.spark;

import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;

/**
 * The default pipeline when it is assembled, else {@link TaggedTextExtractor}: the tests compare
 * two paths over the same extractor, so either one serves.
 */
public record TestExtractorFactory() implements ExtractorFactory {

  @Override
  public Extractor create() {
    try {
      return Extractors.createDefault();
    } catch (UnsupportedOperationException e) {
      return new TaggedTextExtractor();
    }
  }

  /** Which one {@link #create} gives here, for the test logs. */
  static String which() {
    return Pipelines.get(new TestExtractorFactory()) instanceof TaggedTextExtractor
        ? "stand-in TaggedTextExtractor"
        : "default pipeline";
  }
}
