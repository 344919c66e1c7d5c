package org.vigie.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.extract.Extractor;

/**
 * One extraction pipeline per executor JVM and factory. Building the default pipeline loads every
 * lexicon and the gazetteer (seconds, hundreds of MB): doing it per task or per partition would
 * dominate the job, and extractors are thread-safe, so every task slot of the executor shares one.
 */
final class Pipelines {
  private static final Map<ExtractorFactory, Extractor> BY_FACTORY = new ConcurrentHashMap<>();

  private Pipelines() {}

  static Extractor get(ExtractorFactory factory) {
    return BY_FACTORY.computeIfAbsent(factory, ExtractorFactory::create);
  }
}
