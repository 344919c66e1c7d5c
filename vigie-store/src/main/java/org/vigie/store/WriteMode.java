package org.vigie.store;

/** What {@link EventStore#write} does with an article already stored. */
public enum WriteMode {
  /** Skip it: the same content was ingested before. */
  SKIP_KNOWN,
  /** Replace its machine mentions (after a lexicon or gazetteer change); reviewer edits win. */
  REEXTRACT
}
