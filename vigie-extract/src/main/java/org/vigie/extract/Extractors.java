package org.vigie.extract;

/** Factory of the default extraction pipeline with the bundled resources. */
public final class Extractors {
  private Extractors() {}

  /** The default pipeline: bundled lexicons, actor registry and gazetteer. Expensive; share it. */
  public static Extractor createDefault() {
    throw new UnsupportedOperationException("the pipeline is being assembled");
  }
}
