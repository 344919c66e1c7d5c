package org.vigie.model;

/** ACLED event type and sub-event type that a Vigie event maps to. */
public record Acled(String eventType, String subEventType) {}
