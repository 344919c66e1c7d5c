package org.vigie.extract.parse;

import org.vigie.extract.actor.Actor;

/**
 * A reporting frame over tokens {@code [from, to)}: who says what about the events of its sentence.
 * {@code kind}: report, claim (of responsibility), deny, confirm, noclaim ("no group claimed").
 * {@code speaker} is the actor who speaks, or null; {@code source} names a non-actor source
 * ("security source", "witnesses") when there is one. An accusation ({@code kind} accuse: "le CSP
 * accuse l'armée d'avoir effectué ces frappes", "blamed the militia for") also names the {@code
 * accused}, the alleged perpetrator, or null.
 */
public record Frame(
    int from,
    int to,
    String kind,
    Actor speaker,
    int speakerFrom,
    int speakerTo,
    String source,
    int sentence,
    Actor accused,
    int accusedFrom,
    int accusedTo) {

  public Frame(
      int from,
      int to,
      String kind,
      Actor speaker,
      int speakerFrom,
      int speakerTo,
      String source,
      int sentence) {
    this(from, to, kind, speaker, speakerFrom, speakerTo, source, sentence, null, -1, -1);
  }
}
