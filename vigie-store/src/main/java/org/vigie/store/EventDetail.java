package org.vigie.store;

import java.util.List;

/** One event with everything behind it: its mentions, the articles (with text), its reviews. */
public record EventDetail(
    StoredEvent event,
    List<StoredMention> mentions,
    List<StoredArticle> articles,
    List<ReviewRecord> reviews) {}
