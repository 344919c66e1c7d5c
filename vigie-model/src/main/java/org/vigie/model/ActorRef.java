package org.vigie.model;

/** A short reference to a canonical actor (claimant, denier, intention holder). */
public record ActorRef(String id, String name) {}
