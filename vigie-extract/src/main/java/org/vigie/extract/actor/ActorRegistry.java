package org.vigie.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigie.extract.lexicon.DataFiles;
import org.vigie.extract.lexicon.LexiconEntry;
import org.vigie.extract.lexicon.LexiconReader;
import org.vigie.extract.lexicon.PhraseMatcher;
import org.vigie.text.Fold;

/**
 * The canonical actors ({@code actors.tsv}: id, neutral English name, type, country, aliases in
 * every language) and the countries ({@code countries.tsv}), from which the state forces of any
 * country are built on demand ("Military Forces of Mali"). Aliases are matched like lexicon
 * phrases, and also with their spaces removed, so "Hez bollah" or "H-a-m-a-s" still match.
 */
public final class ActorRegistry {
  private final Map<String, Actor> byId = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, Set<String>> neighbours = new HashMap<>();
  private final Map<String, String> compactAliases = new HashMap<>();
  private final PhraseMatcher matcher;

  private ActorRegistry(List<LexiconEntry> aliasEntries) {
    this.matcher = new PhraseMatcher(aliasEntries);
  }

  public static ActorRegistry loadDefault() {
    List<LexiconEntry> entries = new ArrayList<>();
    Map<String, Actor> actors = new HashMap<>();
    Map<String, String> compact = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    Map<String, Set<String>> borders = new HashMap<>();
    for (String[] cols : rows("/org/vigie/extract/countries.tsv")) {
      if (cols.length >= 2) {
        String iso = cols[0].toUpperCase(Locale.ROOT);
        countries.put(iso, cols[1]);
        if (cols.length > 4 && !cols[4].isBlank()) {
          borders.put(iso, Set.of(cols[4].strip().split(",")));
        }
      }
    }
    for (String[] cols : rows("/org/vigie/extract/actors.tsv")) {
      if (cols.length < 4) {
        continue;
      }
      String id = cols[0].strip();
      Actor a = new Actor(id, cols[1].strip(), cols[2].strip(), cols[3].strip(), true);
      actors.put(id, a);
      List<String> aliases = new ArrayList<>();
      aliases.add(a.name());
      if (cols.length > 4) {
        for (String al : cols[4].split("\\|")) {
          if (!al.isBlank()) {
            aliases.add(al.strip());
          }
        }
      }
      for (String al : aliases) {
        List<String> tokens = LexiconReader.tokensOf(al);
        if (tokens.isEmpty()) {
          continue;
        }
        entries.add(new LexiconEntry(al, tokens, "actor", Map.of("id", id)));
        String key = Fold.key(al).replace(" ", "");
        if (key.length() >= 5) {
          compact.putIfAbsent(key, id);
        }
      }
    }
    ActorRegistry r = new ActorRegistry(entries);
    r.byId.putAll(actors);
    r.countryNames.putAll(countries);
    r.neighbours.putAll(borders);
    r.compactAliases.putAll(compact);
    return r;
  }

  private static List<String[]> rows(String path) {
    List<String[]> out = new ArrayList<>();
    for (String line : DataFiles.lines(path)) {
      out.add(line.split("\t", -1));
    }
    return out;
  }

  public PhraseMatcher matcher() {
    return matcher;
  }

  public Actor byId(String id) {
    return byId.get(id);
  }

  /** The id an alias written without spaces belongs to ("hezbollah" for "Hez bollah"), or null. */
  public String compactAlias(String foldedNoSpaces) {
    return compactAliases.get(foldedNoSpaces);
  }

  /** English short name of a country, or the code itself. */
  public String countryName(String iso) {
    return iso == null ? null : countryNames.getOrDefault(iso, iso);
  }

  /** The countries that share a land border with {@code iso} (GeoNames), empty when unknown. */
  public Set<String> neighbours(String iso) {
    return iso == null ? Set.of() : neighbours.getOrDefault(iso, Set.of());
  }

  /**
   * The state actor of a country: kind {@code military}, {@code police} or {@code government}. A
   * registry entry with the conventional id wins (it carries the aliases), else one is built.
   */
  public Actor stateActor(String iso, String kind) {
    if (iso == null || iso.isBlank()) {
      return byId.get("security-forces"); // a force of no known country
    }
    String lower = iso.toLowerCase(Locale.ROOT);
    String id =
        switch (kind) {
          case "police" -> "police-forces-of-" + lower;
          case "government" -> "government-of-" + lower;
          default -> "military-forces-of-" + lower;
        };
    Actor known = byId.get(id);
    if (known != null) {
      return known;
    }
    String country = countryName(iso);
    return switch (kind) {
      case "police" -> new Actor(id, "Police Forces of " + country, "state police", iso, true);
      case "government" -> new Actor(id, "Government of " + country, "state", iso, true);
      default -> new Actor(id, "Military Forces of " + country, "state military", iso, true);
    };
  }
}
