package org.vigie.extract.actor;

/**
 * An actor named over tokens {@code [from, to)}. {@code actor} is null for a force or anaphor not
 * yet resolved (an army of no stated country, "le groupe"). {@code kind}: NAMED (registry), FORCE
 * (force noun with or without a nationality), DEMONYM (a nationality or country used as an actor),
 * ANAPHOR, UNREGISTERED (an organisation the registry does not know).
 */
public record ActorMention(int from, int to, Actor actor, Kind kind, String forceKind) {

  public enum Kind {
    NAMED,
    FORCE,
    DEMONYM,
    ANAPHOR,
    UNREGISTERED
  }

  public ActorMention resolved(Actor a) {
    return new ActorMention(from, to, a, kind, forceKind);
  }
}
