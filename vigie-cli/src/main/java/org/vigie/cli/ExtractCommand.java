package org.vigie.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigie.cli.input.ArticleDefaults;
import org.vigie.cli.input.ArticleSource;
import org.vigie.cli.input.ArticleSources;
import org.vigie.cli.input.InputFormat;
import org.vigie.cli.input.InputLimits;
import org.vigie.cli.input.IoMessages;
import org.vigie.cli.input.SourceItem;
import org.vigie.cli.pool.OrderedWorkerPool;
import org.vigie.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie extract}: reads articles from files, corpora or standard input, extracts them on a
 * bounded worker pool and prints each result in input order. Bad input is reported on stderr and
 * skipped; it never stops the run.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extract conflict events from news articles and print them as JSON.",
      "",
      "FILE is a plain-text article (.txt or any other extension), a web page (.html, .htm),"
          + " a JSONL corpus (.jsonl, one article a line) or - for standard input (text).",
      "Options describing the article (--published, --lang, --url, --outlet) apply to a plain"
          + " file as they are, override a web page's metadata, and fill in what a corpus line"
          + " lacks."
    },
    footer = {
      "",
      "Exit status: 0 all inputs processed; 1 some input was skipped or reported an error"
          + " (the rest was processed); 2 bad command line; 3 internal error."
    })
final class ExtractCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to read; - is stdin.")
  List<String> files;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = Converters.IsoDate.class,
      description = "Publication date: anchors weekdays and relative dates.")
  LocalDate published;

  @Option(
      names = "--lang",
      paramLabel = "xx",
      converter = Converters.Language.class,
      description = "Language (ISO 639-1, e.g. fr, en, ar); detected when absent.")
  String language;

  @Option(names = "--url", paramLabel = "URL", description = "Where the article was published.")
  String url;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Who published it.")
  String outlet;

  @Option(
      names = "--format",
      paramLabel = "json|jsonl",
      defaultValue = "json",
      description =
          "json: one document per article (an array for several inputs or a corpus);"
              + " jsonl: one line per article, in input order. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--with-text", description = "Include the article text (article.text).")
  boolean withText;

  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = Converters.ThreadCount.class,
      description = "Worker threads. Default: the number of cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--input-format",
      paramLabel = "auto|text|html|jsonl",
      defaultValue = "auto",
      description = "How to read the inputs; auto goes by extension. Default: ${DEFAULT-VALUE}.")
  InputFormat inputFormat;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      converter = Converters.CharsetName.class,
      description =
          "Charset of text and HTML inputs; by default UTF-8, or detected (with a warning).")
  Charset encoding;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = Converters.ByteSize.class,
      defaultValue = "5M",
      description = "Largest article accepted (bytes, or with K/M). Default: ${DEFAULT-VALUE}.")
  int maxSize;

  private final CliContext context;

  /** Started on the first readable article, so that bad input is reported without the wait. */
  private Extractor extractor;

  private boolean pipelineFailed;

  ExtractCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws InterruptedException {
    ArticleSources sources =
        new ArticleSources(
            new ArticleDefaults(published, language, url, outlet),
            new InputLimits(maxSize),
            encoding,
            inputFormat,
            context.in());
    boolean array = files.size() > 1 || files.stream().anyMatch(sources::isCorpus);
    ResultWriter writer = ResultWriter.of(format, array, context.out());
    AtomicInteger status = new AtomicInteger(ExitCodes.OK);

    OrderedWorkerPool<ArticleOutcome> pool =
        new OrderedWorkerPool<>(
            threads,
            threads * 4,
            outcome -> {
              outcome.messages().forEach(context.err()::println);
              if (outcome.document() != null) {
                writer.write(outcome.document());
              }
              status.accumulateAndGet(outcome.status(), Math::max);
            });
    try {
      for (String file : files) {
        if (writer.broken() || pool.failed() || pipelineFailed) {
          break;
        }
        readInto(pool, sources, file, writer);
      }
      pool.finish();
    } catch (ExecutionException e) {
      // A task or the output thread failed outside the per-article handling: a bug.
      context.err().println("vigie: internal error: " + e.getCause());
      status.accumulateAndGet(ExitCodes.INTERNAL, Math::max);
    } finally {
      pool.close();
      writer.finish();
      context.err().flush();
    }
    return status.get();
  }

  private void readInto(
      OrderedWorkerPool<ArticleOutcome> pool,
      ArticleSources sources,
      String file,
      ResultWriter writer)
      throws InterruptedException {
    String label = ArticleSources.isStdin(file) ? "<stdin>" : file;
    try (ArticleSource source = sources.open(file)) {
      SourceItem item;
      while ((item = source.next()) != null) {
        if (item instanceof SourceItem.Readable readable) {
          if (!pipelineStarted(pool)) {
            return;
          }
          pool.submit(new ArticleTask(readable, extractor, writer, withText, Vigie.debug()));
        } else if (item instanceof SourceItem.Unreadable bad) {
          pool.submitValue(
              ArticleOutcome.skipped(
                  Messages.error(bad.label(), bad.reason()), ExitCodes.INPUT_ERROR));
        }
        if (writer.broken() || pool.failed()) {
          return;
        }
      }
    } catch (IOException e) {
      pool.submitValue(
          ArticleOutcome.skipped(
              Messages.error(label, IoMessages.describe(e)), ExitCodes.INPUT_ERROR));
    }
  }

  /**
   * Starts the pipeline if needed; on failure, queues the message (after those of earlier inputs)
   * and returns false: nothing more can be extracted.
   */
  private boolean pipelineStarted(OrderedWorkerPool<ArticleOutcome> pool)
      throws InterruptedException {
    if (extractor != null) {
      return true;
    }
    try {
      extractor = context.extractors().get();
      return true;
    } catch (RuntimeException | LinkageError e) {
      if (Vigie.debug()) {
        e.printStackTrace(context.err());
      }
      pipelineFailed = true;
      pool.submitValue(
          ArticleOutcome.skipped(
              "vigie: cannot start the extraction pipeline: "
                  + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
              ExitCodes.INTERNAL));
      return false;
    }
  }
}
