package org.vigie.extract.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.text.Token;

/**
 * Finds lexicon phrases in a token sequence: a trie over folded tokens, where a trie edge ending in
 * {@code *} matches any token it prefixes, and each article token is also tried without its Arabic
 * proclitics (و ف ب ل ك and the article ال), so "وبالطائرات" meets the entry "طائرات". Longest
 * match wins at each start; matches of different categories may overlap.
 */
public final class PhraseMatcher {
  private final Node root = new Node();

  public PhraseMatcher(Collection<LexiconEntry> entries) {
    for (LexiconEntry e : entries) {
      Node n = root;
      for (String t : e.tokens()) {
        if (t.length() > 1 && t.endsWith("*")) {
          String p = t.substring(0, t.length() - 1);
          n = n.prefixes.computeIfAbsent(p, k -> new Node());
        } else {
          n = n.children.computeIfAbsent(t, k -> new Node());
        }
      }
      n.entries.add(e);
    }
  }

  /** All matches, for every start token; per start and category only the longest. */
  private static final String QUOTES = "\"“”«»„‹›";

  public List<Match> findAll(List<Token> tokens) {
    List<List<String>> variants = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      variants.add(ArabicClitics.variants(t.fold()));
    }
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Map<String, Match> best = new HashMap<>();
      walk(root, tokens, variants, i, i, best);
      out.addAll(best.values());
    }
    out.sort(
        (a, b) -> a.from() != b.from() ? Integer.compare(a.from(), b.from()) : b.to() - a.to());
    return out;
  }

  private void walk(
      Node node,
      List<Token> tokens,
      List<List<String>> variants,
      int start,
      int pos,
      Map<String, Match> best) {
    if (pos > start) {
      for (LexiconEntry e : node.entries) {
        Match m = best.get(e.category());
        if (m == null || m.to() < pos) {
          best.put(e.category(), new Match(e, start, pos));
        }
      }
    }
    if (pos >= tokens.size()) {
      return;
    }
    Token t = tokens.get(pos);
    if (t.kind() == Token.Kind.PUNCT && "-".equals(t.surface()) && pos > start) {
      walk(node, tokens, variants, start, pos + 1, best); // "Tel-Aviv" meets "tel aviv"
      return;
    }
    if (t.kind() == Token.Kind.PUNCT && pos > start && QUOTES.indexOf(t.surface().charAt(0)) >= 0) {
      // a name in quotes inside its phrase: قوات “الدعم السريع”, le groupe « État islamique »
      walk(node, tokens, variants, start, pos + 1, best);
      return;
    }
    if (t.kind() == Token.Kind.PUNCT && !"'".equals(t.surface())) {
      return; // phrases never run across punctuation
    }
    List<String> forms = variants.get(pos);
    for (int v = 0; v < forms.size(); v++) {
      String form = forms.get(v);
      Node next = node.children.get(form);
      if (next != null) {
        walk(next, tokens, variants, start, pos + 1, best);
      }
      if (!node.prefixes.isEmpty()) {
        // look prefixes up by length: a handful of map probes instead of a scan of every entry
        for (int len : node.prefixLengths()) {
          if (len > form.length()) {
            break;
          }
          Node p = node.prefixes.get(form.substring(0, len));
          if (p != null) {
            walk(p, tokens, variants, start, pos + 1, best);
          }
        }
      }
    }
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final Map<String, Node> prefixes = new HashMap<>(2);
    final List<LexiconEntry> entries = new ArrayList<>(1);
    private volatile int[] prefixLengths;

    /** Distinct prefix lengths, ascending; computed once, after the trie is built. */
    int[] prefixLengths() {
      int[] l = prefixLengths;
      if (l == null) {
        l = prefixes.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
        prefixLengths = l;
      }
      return l;
    }
  }
}
