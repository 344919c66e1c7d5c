package org.vigie.store;

import java.util.List;

/**
 * What one {@link EventStore#write} did. {@code storedArticleIds} are the ids of articles now
 * durably stored (new or re-extracted), in batch order: the acknowledgement.
 */
public record WriteResult(
    int articlesWritten,
    int duplicates,
    int mentionsWritten,
    int eventsCreated,
    int eventsMerged,
    List<String> storedArticleIds) {}
