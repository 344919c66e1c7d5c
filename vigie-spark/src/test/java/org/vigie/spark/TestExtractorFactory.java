package org.vigie.spark;

import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;

/**
 * The extractor of the equivalence tests: the default pipeline ({@link
 * Extractors#createDefault()}), named by class so that the command test can pass it with {@code
 * --extractor}. There is no fallback: if the pipeline cannot be built the tests fail rather than
 * quietly comparing the two paths over a stand-in. ({@link TaggedTextExtractor} remains for {@link
 * BlockPairsTest}, which needs mentions at exact, hand-written places and dates.)
 */
public record TestExtractorFactory() implements ExtractorFactory {

  @Override
  public Extractor create() {
    return Extractors.createDefault();
  }
}
