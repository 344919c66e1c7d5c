package org.vigie.extract.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.vigie.extract.lexicon.LexiconEntry;
import org.vigie.extract.lexicon.LexiconReader;
import org.vigie.extract.lexicon.PhraseMatcher;
import org.vigie.text.Fold;
import org.vigie.text.Tokenizer;

/**
 * Everything Vigie knows about one language, read from {@code lexicons/<lang>/}: a {@code
 * language.properties} (elided articles, abbreviations, numeric date order) and one TSV file per
 * {@link Category}. Adding a language means adding such a folder and its code to {@code
 * languages.txt}; no Java changes.
 */
public final class LanguagePack {
  /** The lexicon files a language may provide; a missing file is an empty lexicon. */
  public enum Category {
    TRIGGERS("triggers"),
    TRIGGERS_PLOVER("triggers-plover"),
    MODES("modes"),
    CASUALTIES("casualties"),
    REPORTING("reporting"),
    QUANTITIES("quantities"),
    QUALIFIERS("qualifiers"),
    TIME("time"),
    SCOPE("scope"),
    ANAPHORA("anaphora"),
    FORCES("forces"),
    TARGETS("targets"),
    UNITS("units"),
    DEMONYMS("demonyms"),
    ORGANISATIONS("organisations");

    public final String file;

    Category(String file) {
      this.file = file;
    }
  }

  private final String code;
  private final Tokenizer tokenizer;
  private final PhraseMatcher matcher;
  private final String numericDateOrder;
  private final int entryCount;

  private LanguagePack(
      String code, Tokenizer tokenizer, PhraseMatcher matcher, String order, int entryCount) {
    this.code = code;
    this.tokenizer = tokenizer;
    this.matcher = matcher;
    this.numericDateOrder = order;
    this.entryCount = entryCount;
  }

  public static LanguagePack load(String code) {
    String base = "/org/vigie/extract/lexicons/" + code + "/";
    Properties props = new Properties();
    try (InputStream in = LanguagePack.class.getResourceAsStream(base + "language.properties")) {
      if (in == null) {
        throw new IllegalArgumentException("no lexicons for language '" + code + "'");
      }
      props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LexiconEntry> entries = new ArrayList<>();
    for (Category c : Category.values()) {
      String path = base + c.file + ".tsv";
      try (InputStream in = LanguagePack.class.getResourceAsStream(path)) {
        if (in != null) {
          entries.addAll(LexiconReader.read(in, c.file, path));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Tokenizer tokenizer =
        new Tokenizer(
            words(props.getProperty("elisions", "")),
            words(props.getProperty("abbreviations", "")));
    return new LanguagePack(
        code,
        tokenizer,
        new PhraseMatcher(entries),
        props.getProperty("numericDateOrder", "dmy"),
        entries.size());
  }

  private static Set<String> words(String list) {
    Set<String> out = new HashSet<>();
    for (String w : list.split("[,\\s]+")) {
      if (!w.isBlank()) {
        out.add(Fold.fold(w.strip()));
      }
    }
    return out;
  }

  public String code() {
    return code;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public PhraseMatcher matcher() {
    return matcher;
  }

  /** "dmy" or "mdy": how to read 03/04/2020 when both parts could be a month. */
  public String numericDateOrder() {
    return numericDateOrder;
  }

  public int entryCount() {
    return entryCount;
  }
}
