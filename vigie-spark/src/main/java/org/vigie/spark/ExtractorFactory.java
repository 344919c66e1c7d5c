package org.vigie.spark;

import java.io.Serializable;
import org.vigie.extract.Extractor;

/**
 * How an executor makes its extraction pipeline. The factory, not the pipeline, travels in the task
 * closure: pipelines hold lexicons and the gazetteer and are built once per executor JVM by {@link
 * Pipelines}. Implementations must be small, serializable and have value equality (records are).
 */
public interface ExtractorFactory extends Serializable {

  Extractor create();

  /** The default pipeline with its bundled resources. */
  static ExtractorFactory defaults() {
    return new DefaultFactory();
  }

  /**
   * A factory named by class: an {@link ExtractorFactory} or an {@link Extractor} with a public
   * no-argument constructor (tests and benchmarks plug a stand-in extractor in this way).
   */
  static ExtractorFactory named(String className) {
    return new NamedFactory(className);
  }

  /** {@code Extractors.createDefault()}. */
  record DefaultFactory() implements ExtractorFactory {
    @Override
    public Extractor create() {
      return org.vigie.extract.Extractors.createDefault();
    }
  }

  /** Instantiates a class by name on the executor, with the task's class loader. */
  record NamedFactory(String className) implements ExtractorFactory {
    @Override
    public Extractor create() {
      try {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        Object o = Class.forName(className, true, cl).getDeclaredConstructor().newInstance();
        if (o instanceof ExtractorFactory f) {
          return f.create();
        }
        if (o instanceof Extractor e) {
          return e;
        }
        throw new IllegalArgumentException(className + " is neither an Extractor nor a factory");
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot instantiate extractor " + className, e);
      }
    }
  }
}
