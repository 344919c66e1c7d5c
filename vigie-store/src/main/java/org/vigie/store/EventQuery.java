package org.vigie.store;

import java.time.LocalDate;

/**
 * Filters, sort and page of an event listing. Every filter is optional (null = any). Dates filter
 * on the event's date interval overlapping {@code [from, to]}. {@code actor} matches an actor id
 * or, case-insensitively, a name. {@code text} finds events whose actor names, place names and
 * summaries hold, for each of its words, a word starting with it (case, accents and Arabic letter
 * forms ignored). Rejected events are left out unless {@code includeRejected}.
 */
public record EventQuery(
    LocalDate from,
    LocalDate to,
    BoundingBox bbox,
    String country,
    String admin1,
    String actor,
    String type,
    String mode,
    String status,
    String scope,
    String text,
    boolean includeRejected,
    Sort sort,
    int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  public enum Sort {
    DATE_DESC,
    DATE_ASC
  }

  public EventQuery {
    if (sort == null) {
      sort = Sort.DATE_DESC;
    }
    if (limit <= 0) {
      limit = DEFAULT_LIMIT;
    }
    limit = Math.min(limit, MAX_LIMIT);
  }

  /** Every event, newest first. */
  public static EventQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.bbox = bbox;
    b.country = country;
    b.admin1 = admin1;
    b.actor = actor;
    b.type = type;
    b.mode = mode;
    b.status = status;
    b.scope = scope;
    b.text = text;
    b.includeRejected = includeRejected;
    b.sort = sort;
    b.limit = limit;
    b.cursor = cursor;
    return b;
  }

  /** The same query, asking for the page after {@code nextCursor}. */
  public EventQuery after(String nextCursor) {
    return toBuilder().cursor(nextCursor).build();
  }

  /** Mutable builder; the query itself is immutable. */
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;
    private BoundingBox bbox;
    private String country;
    private String admin1;
    private String actor;
    private String type;
    private String mode;
    private String status;
    private String scope;
    private String text;
    private boolean includeRejected;
    private Sort sort = Sort.DATE_DESC;
    private int limit = DEFAULT_LIMIT;
    private String cursor;

    public Builder from(LocalDate v) {
      from = v;
      return this;
    }

    public Builder to(LocalDate v) {
      to = v;
      return this;
    }

    public Builder bbox(BoundingBox v) {
      bbox = v;
      return this;
    }

    public Builder country(String v) {
      country = v;
      return this;
    }

    public Builder admin1(String v) {
      admin1 = v;
      return this;
    }

    public Builder actor(String v) {
      actor = v;
      return this;
    }

    public Builder type(String v) {
      type = v;
      return this;
    }

    public Builder mode(String v) {
      mode = v;
      return this;
    }

    public Builder status(String v) {
      status = v;
      return this;
    }

    public Builder scope(String v) {
      scope = v;
      return this;
    }

    public Builder text(String v) {
      text = v;
      return this;
    }

    public Builder includeRejected(boolean v) {
      includeRejected = v;
      return this;
    }

    public Builder sort(Sort v) {
      sort = v;
      return this;
    }

    public Builder limit(int v) {
      limit = v;
      return this;
    }

    public Builder cursor(String v) {
      cursor = v;
      return this;
    }

    public EventQuery build() {
      return new EventQuery(
          from,
          to,
          bbox,
          country,
          admin1,
          actor,
          type,
          mode,
          status,
          scope,
          text,
          includeRejected,
          sort,
          limit,
          cursor);
    }
  }
}
