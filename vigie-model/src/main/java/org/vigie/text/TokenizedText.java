package org.vigie.text;

import java.util.List;

/** A normalised text cut into tokens and sentences. */
public record TokenizedText(NormalizedText text, List<Token> tokens, List<Sentence> sentences) {

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence s) {
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The sentence a normalised offset falls in, or the last one. */
  public Sentence sentenceAt(int nOffset) {
    for (Sentence s : sentences) {
      if (nOffset < s.nEnd()) {
        return s;
      }
    }
    return sentences.get(sentences.size() - 1);
  }

  /** Original-text span of tokens [from, to). */
  public int startOf(int fromToken) {
    return tokens.get(fromToken).start();
  }

  public int endOf(int toTokenExclusive) {
    return tokens.get(toTokenExclusive - 1).end();
  }
}
