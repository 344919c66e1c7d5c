package org.vigie.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.text.Fold;

/**
 * Reads lexicon files: one entry a line, {@code phrase<TAB>key=value;key=value}, {@code #}
 * comments, blank lines ignored. Phrases go through {@link Fold} like article tokens, split on
 * spaces, hyphens and apostrophes the way the tokenizer splits them.
 */
public final class LexiconReader {
  private LexiconReader() {}

  public static List<LexiconEntry> read(InputStream in, String category, String origin) {
    List<LexiconEntry> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String phrase = cols[0].strip();
        Map<String, String> attrs = new LinkedHashMap<>();
        if (cols.length > 1) {
          for (String kv : cols[1].split(";")) {
            if (kv.isBlank()) {
              continue;
            }
            int eq = kv.indexOf('=');
            if (eq < 0) {
              attrs.put(kv.strip(), "true");
            } else {
              attrs.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
            }
          }
        }
        if (cols.length > 2 && !cols[2].isBlank()) {
          attrs.put("note", cols[2].strip());
        }
        List<String> tokens = tokensOf(phrase);
        if (tokens.isEmpty()) {
          throw new IllegalArgumentException(origin + ":" + n + ": empty phrase");
        }
        out.add(new LexiconEntry(phrase, tokens, category, Map.copyOf(attrs)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(origin, e);
    }
    return out;
  }

  /**
   * The folded tokens of a phrase. French elided articles keep their apostrophe ("l'", "d'") as the
   * tokenizer does; a trailing {@code *} marks a prefix token.
   */
  public static List<String> tokensOf(String phrase) {
    List<String> tokens = new ArrayList<>();
    for (String raw : Fold.fold(phrase).split("[\\s\\-]+")) {
      if (raw.isEmpty()) {
        continue;
      }
      int apos = raw.indexOf('\'');
      if (apos > 0 && apos < raw.length() - 1 && apos <= 6) {
        String head = raw.substring(0, apos);
        if (ELIDED.contains(head)) {
          tokens.add(head + "'");
          tokens.add(raw.substring(apos + 1));
          continue;
        }
      }
      tokens.addAll(Arrays.asList(raw));
    }
    return tokens;
  }

  /** Kept in sync with the elision lists of the language files (checked by a test). */
  static final java.util.Set<String> ELIDED =
      java.util.Set.of("l", "d", "qu", "j", "m", "n", "s", "t", "c", "jusqu", "lorsqu", "puisqu");
}
