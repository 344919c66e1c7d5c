package org.vigie.eval.gold;

/**
 * A {@code same_event_as} link: event {@code event} of this item is event {@code itemEvent} of
 * {@code item}.
 */
public record GoldLink(int event, String item, int itemEvent) {}
