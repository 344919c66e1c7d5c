package org.vigie.store.merge;

import java.time.LocalDate;
import java.util.Comparator;
import org.vigie.model.Event;

/**
 * One event as one article tells it, with what the merge needs to know about the article. {@code
 * pin} is set by a reviewer's merge or split: mentions with a pin only ever cluster with mentions
 * of the same pin.
 */
public record Mention(
    String id,
    String articleId,
    String outlet,
    String language,
    LocalDate published,
    Event event,
    String pin) {

  /** The canonical order every merge decision follows: by id, which derives from content. */
  public static final Comparator<Mention> CANONICAL = Comparator.comparing(Mention::id);

  /** The stable id of the {@code index}-th event of the article with content hash {@code sha}. */
  public static String idFor(String articleSha256, int index) {
    return "m-" + articleSha256.substring(0, 24) + "-" + index;
  }
}
