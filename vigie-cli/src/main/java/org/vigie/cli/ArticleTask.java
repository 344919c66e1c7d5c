package org.vigie.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigie.cli.input.SourceItem;
import org.vigie.extract.Extractor;
import org.vigie.model.Article;
import org.vigie.model.ArticleInfo;
import org.vigie.model.ArticleResult;
import org.vigie.model.Diagnostic;

/**
 * Extracts and serialises one article on a worker thread. Never throws: an extractor failure on one
 * article becomes a message and an internal-error status, and the run goes on with the others.
 */
final class ArticleTask implements Callable<ArticleOutcome> {
  /**
   * Diagnostic codes meaning that no extraction took place, whatever their level; diagnostics of
   * level {@code error} count too.
   */
  static final Set<String> ARTICLE_NOT_PROCESSED = Set.of("unsupported-language");

  private final SourceItem.Readable item;
  private final Extractor extractor;
  private final ResultWriter writer;
  private final boolean withText;
  private final boolean debug;

  ArticleTask(
      SourceItem.Readable item,
      Extractor extractor,
      ResultWriter writer,
      boolean withText,
      boolean debug) {
    this.item = item;
    this.extractor = extractor;
    this.writer = writer;
    this.withText = withText;
    this.debug = debug;
  }

  @Override
  public ArticleOutcome call() {
    List<String> messages = new ArrayList<>();
    for (String note : item.notes()) {
      messages.add(Messages.warning(item.label(), note));
    }
    Article article = item.article();
    ArticleResult result;
    try {
      result = extractor.extract(article);
    } catch (RuntimeException | StackOverflowError e) {
      if (debug) {
        e.printStackTrace();
      }
      messages.add(
          Messages.error(
              item.label(),
              "extraction failed ("
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())
                  + "); this is a bug, please report it"));
      return new ArticleOutcome(null, messages, ExitCodes.INTERNAL);
    }
    if (result == null) {
      messages.add(Messages.error(item.label(), "extraction returned nothing; this is a bug"));
      return new ArticleOutcome(null, messages, ExitCodes.INTERNAL);
    }
    result = withArticleBlock(result, article);
    int status = ExitCodes.OK;
    if (result.diagnostics() != null) {
      for (Diagnostic d : result.diagnostics()) {
        // The article was not really processed (say, a language without lexicons): the user must
        // hear about it even when reading only stderr or the exit status.
        if (d != null
            && (ARTICLE_NOT_PROCESSED.contains(d.code()) || "error".equalsIgnoreCase(d.level()))) {
          String code = d.code() == null ? "" : d.code() + ": ";
          messages.add(Messages.error(item.label(), code + d.message()));
          status = ExitCodes.INPUT_ERROR;
        }
      }
    }
    return new ArticleOutcome(writer.serialise(result), messages, status);
  }

  /**
   * Makes sure the article block is there and carries the input id (the key consumers join on),
   * then adds the text when asked.
   */
  private ArticleResult withArticleBlock(ArticleResult result, Article article) {
    ArticleInfo info = result.article();
    if (info == null) {
      info =
          new ArticleInfo(
              article.id(),
              article.url(),
              article.outlet(),
              article.title(),
              article.language(),
              article.published() == null ? null : article.published().toString(),
              article.published() == null ? "none" : "given",
              sha256(article.text()),
              article.text().length(),
              null);
    }
    if (info.id() == null) {
      info =
          new ArticleInfo(
              article.id(),
              info.url(),
              info.outlet(),
              info.title(),
              info.language(),
              info.published(),
              info.publishedBasis(),
              info.sha256(),
              info.length(),
              info.text());
    }
    if (withText) {
      info = info.withText(article.text());
    }
    ArticleResult fixed = result.withArticle(info);
    if (fixed.schema() == null) {
      fixed =
          new ArticleResult(
              ArticleResult.SCHEMA,
              fixed.article(),
              fixed.events(),
              fixed.statistics(),
              fixed.intentions(),
              fixed.diagnostics());
    }
    return fixed;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)))
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
