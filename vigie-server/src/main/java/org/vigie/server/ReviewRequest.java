package org.vigie.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.vigie.store.ReviewAction;

/**
 * The body of {@code POST /api/events/{id}/review}: {@code {"action": "accept" | "reject" |
 * "correct" | "merge" | "split", "reviewer": "…", "reason": "…", "field": "…", "value": <json>,
 * "otherEventId": "…", "mentionId": "…"}}.
 */
final class ReviewRequest {
  private static final int MAX_TEXT = 2000;

  private ReviewRequest() {}

  static ReviewAction parse(String eventId, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object");
    }
    String action = required(body, "action").toLowerCase(Locale.ROOT);
    String reviewer = required(body, "reviewer");
    String reason = optional(body, "reason");
    return switch (action) {
      case "accept" -> new ReviewAction.Accept(eventId, reviewer, reason);
      case "reject" -> new ReviewAction.Reject(eventId, reviewer, reason);
      case "correct" -> {
        String field = required(body, "field");
        if (!field.matches("[A-Za-z][A-Za-z0-9/]{0,60}")) {
          throw ApiException.badRequest("field must be a path such as type or casualties/killed");
        }
        JsonNode value = body.get("value");
        if (value == null || value.isMissingNode()) {
          throw ApiException.badRequest("correct needs value (any JSON, null included)");
        }
        yield new ReviewAction.Correct(eventId, reviewer, field, value.toString(), reason);
      }
      case "merge" ->
          new ReviewAction.Merge(eventId, required(body, "otherEventId"), reviewer, reason);
      case "split" ->
          new ReviewAction.Split(eventId, required(body, "mentionId"), reviewer, reason);
      default ->
          throw ApiException.badRequest(
              "action must be accept, reject, correct, merge or split: " + action);
    };
  }

  private static String required(JsonNode body, String name) {
    String s = optional(body, name);
    if (s == null) {
      throw ApiException.badRequest(name + " is required");
    }
    return s;
  }

  private static String optional(JsonNode body, String name) {
    JsonNode n = body.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiException.badRequest(name + " must be a string");
    }
    String s = n.asText().strip();
    if (s.length() > MAX_TEXT) {
      throw ApiException.badRequest(name + " is longer than " + MAX_TEXT + " characters");
    }
    return s.isEmpty() ? null : s;
  }
}
