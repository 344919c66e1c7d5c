package org.vigie.extract.parse;

import java.util.List;
import org.vigie.text.Token;

/**
 * Words set off by commas: ", soutenu par l'Iran," is an apposition, not the sentence's subject.
 */
public final class Appositions {
  private Appositions() {}

  /**
   * True when tokens {@code [from, to)} are followed by a comma and a comma stands at most {@code
   * within} tokens before them.
   */
  public static boolean enclosed(List<Token> tokens, int from, int to, int within) {
    if (to >= tokens.size() || !isComma(tokens.get(to))) {
      return false;
    }
    for (int k = from - 1; k >= 0 && k >= from - within; k--) {
      if (isComma(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  static boolean isComma(Token t) {
    return ",".equals(t.surface());
  }
}
