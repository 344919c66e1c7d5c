package org.vigie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalised text into words, numbers and punctuation, and into sentences, in one linear
 * pass with no model: words are runs of letters and marks (an apostrophe between letters stays
 * inside, except after an elided article such as French l', d', qu', which becomes its own token);
 * numbers are runs of digits; every other visible character is punctuation. Sentences end at . ! ?
 * or a line break, unless the dot follows a known abbreviation or a single capital letter.
 */
public final class Tokenizer {
  private final Set<String> elisions;
  private final Set<String> abbreviations;

  /**
   * @param elisions folded prefixes that end in an apostrophe and stand alone ("l", "d", "qu")
   * @param abbreviations folded words that a dot does not end a sentence after ("m", "dr", "etc")
   */
  public Tokenizer(Set<String> elisions, Set<String> abbreviations) {
    this.elisions = Set.copyOf(elisions);
    this.abbreviations = Set.copyOf(abbreviations);
  }

  public TokenizedText tokenize(NormalizedText nt) {
    String s = nt.normalized();
    List<Token> tokens = new ArrayList<>(s.length() / 5 + 4);
    List<Sentence> sentences = new ArrayList<>();
    int sentence = 0;
    int sentenceFirstToken = 0;
    int sentenceStart = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        // a line break ends a sentence (headlines, paragraphs)
        if (tokens.size() > sentenceFirstToken) {
          sentences.add(
              new Sentence(sentence, sentenceFirstToken, tokens.size(), sentenceStart, i));
          sentence++;
          sentenceFirstToken = tokens.size();
        }
        sentenceStart = i + 1;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (Character.isDigit(c)) {
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
        kind = Token.Kind.NUMBER;
      } else if (isWordChar(s, i)) {
        while (i < n) {
          if (isWordChar(s, i)) {
            i += Character.charCount(s.codePointAt(i));
          } else if (s.charAt(i) == '\'' && i + 1 < n && isWordChar(s, i + 1) && i > start) {
            String head = Fold.fold(s.substring(start, i));
            if (elisions.contains(head)) {
              break; // "l'occupation" -> "l'" + "occupation"
            }
            i++;
          } else {
            break;
          }
        }
        if (i < n && s.charAt(i) == '\'' && elisions.contains(Fold.fold(s.substring(start, i)))) {
          i++; // keep the apostrophe on the elided article
        }
        kind = Token.Kind.WORD;
      } else {
        i += Character.charCount(s.codePointAt(i));
        kind = Token.Kind.PUNCT;
      }
      String surface = s.substring(start, i);
      tokens.add(
          new Token(
              tokens.size(),
              nt.originalStart(start),
              nt.originalEnd(i),
              start,
              i,
              surface,
              kind == Token.Kind.PUNCT ? surface : Fold.fold(surface),
              kind,
              sentence));
      if (kind == Token.Kind.PUNCT && endsSentence(s, start, tokens)) {
        int end = i;
        // closing quotes and brackets stay with the sentence they close
        while (end < n && (s.charAt(end) == '"' || s.charAt(end) == ')')) {
          end++;
        }
        while (i < end) {
          tokens.add(
              new Token(
                  tokens.size(),
                  nt.originalStart(i),
                  nt.originalEnd(i + 1),
                  i,
                  i + 1,
                  s.substring(i, i + 1),
                  s.substring(i, i + 1),
                  Token.Kind.PUNCT,
                  sentence));
          i++;
        }
        sentences.add(new Sentence(sentence, sentenceFirstToken, tokens.size(), sentenceStart, i));
        sentence++;
        sentenceFirstToken = tokens.size();
        sentenceStart = i;
      }
    }
    if (tokens.size() > sentenceFirstToken) {
      sentences.add(new Sentence(sentence, sentenceFirstToken, tokens.size(), sentenceStart, n));
    }
    // tokens carry the sentence index they were given; renumber sentences that were split by
    // line breaks before any token (no gaps in indexes)
    return new TokenizedText(nt, List.copyOf(tokens), List.copyOf(sentences));
  }

  private static boolean isWordChar(String s, int i) {
    int cp = s.codePointAt(i);
    return Character.isLetter(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private boolean endsSentence(String s, int at, List<Token> tokens) {
    char c = s.charAt(at);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int next = at + 1;
    if (next < s.length() && !Character.isWhitespace(s.charAt(next)) && s.charAt(next) != '"') {
      return false; // 3.5, U.S., www.site.com
    }
    if (c == '.' && tokens.size() >= 2) {
      Token prev = tokens.get(tokens.size() - 2);
      if (prev.isWord() && prev.nEnd() == at) {
        if (abbreviations.contains(prev.fold())) {
          return false;
        }
        if (prev.surface().length() == 1 && Character.isUpperCase(prev.surface().charAt(0))) {
          return false; // an initial: "J. Smith"
        }
      }
    }
    return true;
  }
}
