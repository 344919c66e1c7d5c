package org.vigie.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation folder is: system property {@code vigie.shared} (set by surefire)
 * plus {@code eval}. Tests that need it skip when it is absent: gold is never copied into the
 * repository.
 */
public final class SharedEval {
  private SharedEval() {}

  public static Path dir() {
    String shared = System.getProperty("vigie.shared");
    Path dir = shared == null ? null : Path.of(shared, "eval");
    assumeTrue(dir != null && Files.isDirectory(dir), "shared eval folder not found: " + dir);
    return dir;
  }

  public static Path file(String name) {
    Path p = dir().resolve(name);
    assumeTrue(Files.isRegularFile(p), "gold not found: " + p);
    return p;
  }
}
