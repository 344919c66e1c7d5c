package org.vigie.cli;

import java.util.List;

/**
 * What the output thread does for one input item, in order: print the messages on stderr, then the
 * document (null when the item was skipped) on stdout; {@code status} is the item's exit status.
 */
record ArticleOutcome(String document, List<String> messages, int status) {

  ArticleOutcome {
    messages = List.copyOf(messages);
  }

  static ArticleOutcome skipped(String message, int status) {
    return new ArticleOutcome(null, List.of(message), status);
  }
}
