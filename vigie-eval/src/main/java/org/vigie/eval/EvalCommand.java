package org.vigie.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vigie.eval.report.ErrorReport;
import org.vigie.eval.report.JsonReport;
import org.vigie.eval.report.Reports;
import org.vigie.eval.run.EvalRunner;
import org.vigie.eval.run.FileEvaluation;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval GOLD... [--report out.md] [--texts DIR] [--limit N] [--json] [--merge]}: runs
 * the default extractor on gold files and scores it by {@code shared/eval/SCORING.md}; place-only
 * files (GeoWebNews) are scored by vigie-geo's toponym evaluation through the default geocoder.
 *
 * <p>Exit codes: 0 scored; 1 a gold file was not found; 2 usage error (picocli); 3 the extraction
 * pipeline is not available.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores extraction against gold files (shared/eval/SCORING.md).")
public final class EvalCommand implements Callable<Integer> {
  static final int NOT_FOUND = 1;
  static final int NO_PIPELINE = 3;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files (unified JSONL).")
  List<Path> gold;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the report as Markdown.")
  Path report;

  @Option(
      names = "--texts",
      paramLabel = "DIR",
      description = "Folder of <id>.txt for gold lines without text (news-dev).")
  Path texts;

  @Option(names = "--limit", paramLabel = "N", description = "Score the first N records per file.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "Also write every error as Markdown: missed and spurious events, wrong fields of matched"
              + " events (gold against predicted), per article.")
  Path errors;

  @Option(names = "--json", description = "Print the metrics as JSON instead of the text report.")
  boolean json;

  @Option(
      names = "--merge",
      description =
          "Also score merging across reports (SCORING.md §6): ingest the extraction results into a"
              + " temporary embedded store and score its merged events against same_event_as.")
  boolean merge;

  private final Supplier<Extractor> extractors;
  private final EvalRunner.PlaceScorer places;

  public EvalCommand() {
    this(Extractors::createDefault);
  }

  /** With another extractor factory (tests, or a CLI that already holds a pipeline). */
  public EvalCommand(Supplier<Extractor> extractors) {
    this(extractors, EvalRunner.PlaceScorer.DEFAULT);
  }

  /** With another extractor factory and another scorer of place-only files (tests). */
  public EvalCommand(Supplier<Extractor> extractors, EvalRunner.PlaceScorer places) {
    this.extractors = extractors;
    this.places = places;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractor extractor;
    try {
      extractor = extractors.get();
    } catch (UnsupportedOperationException e) {
      err.println("vigie eval: the extraction pipeline is not available: " + e.getMessage());
      err.flush();
      return NO_PIPELINE;
    }
    List<FileEvaluation> results =
        new EvalRunner(extractor, texts, limit).places(places).merge(merge).evaluate(gold);
    out.print(json ? JsonReport.render(results) + "\n" : Reports.plain(results));
    out.flush();
    if (report != null) {
      write(report, Reports.markdown(results));
      err.println("report written to " + report);
      err.flush();
    }
    if (errors != null) {
      write(errors, ErrorReport.markdown(results));
      err.println("errors written to " + errors);
      err.flush();
    }
    boolean missing = results.stream().anyMatch(r -> r.status() == FileEvaluation.Status.NOT_FOUND);
    return missing ? NOT_FOUND : 0;
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Runs the command alone: {@code java -cp … org.vigie.eval.EvalCommand GOLD...}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvalCommand()).execute(args));
  }
}
