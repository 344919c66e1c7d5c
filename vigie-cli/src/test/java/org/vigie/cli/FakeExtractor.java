package org.vigie.cli;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.ArticleInfo;
import org.vigie.model.ArticleResult;
import org.vigie.model.Diagnostic;

/**
 * Stands in for the real pipeline: fills the article block, finds no events, reports an
 * unsupported-language diagnostic (as the real pipeline does) for the made-up language {@code xx},
 * throws on text containing {@code BOOM}, and may sleep a little so that workers finish out of
 * order.
 */
final class FakeExtractor implements Extractor {
  final AtomicInteger calls = new AtomicInteger();
  final AtomicInteger running = new AtomicInteger();
  final AtomicInteger maxRunning = new AtomicInteger();
  private final int maxSleepMillis;

  FakeExtractor(int maxSleepMillis) {
    this.maxSleepMillis = maxSleepMillis;
  }

  FakeExtractor() {
    this(0);
  }

  @Override
  public ArticleResult extract(Article article) {
    calls.incrementAndGet();
    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      if (maxSleepMillis > 0) {
        Thread.sleep(ThreadLocalRandom.current().nextInt(maxSleepMillis + 1));
      }
      if (article.text().contains("BOOM")) {
        throw new IllegalStateException("fake failure");
      }
      List<Diagnostic> diagnostics =
          "xx".equals(article.language())
              ? List.of(
                  Diagnostic.warning(
                      "unsupported-language",
                      "no lexicons for language 'xx'; no events extracted",
                      List.of()))
              : List.of();
      ArticleInfo info =
          new ArticleInfo(
              article.id(),
              article.url(),
              article.outlet(),
              article.title(),
              article.language(),
              article.published() == null ? null : article.published().toString(),
              article.published() == null ? "none" : "given",
              ArticleTask.sha256(article.text()),
              article.text().length(),
              null);
      return new ArticleResult(
          ArticleResult.SCHEMA, info, List.of(), List.of(), List.of(), diagnostics);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      running.decrementAndGet();
    }
  }
}
