package org.vigie.extract.parse;

/**
 * A casualty figure over tokens {@code [from, to)}: {@code kind} killed, injured, missing, abducted
 * or displaced; {@code value} null when the text gives no figure (vague "dozens"); {@code subset}
 * for a part of another figure ("dont 11 enfants"), never counted on its own.
 */
public record CasualtyMention(
    int from, int to, String kind, Integer value, String qualifier, boolean subset, int sentence) {}
