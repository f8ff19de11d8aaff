package io.casebook.domain;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a case's activity log, in Kibana's vocabulary: {@code type} (title, status, comment, ...),
 * {@code action} (create, update, add, delete, push_to_service) and a type-specific {@code payload}.
 */
public record UserAction(String id, String caseId, String space, Owner owner, String type, String action,
                         Map<String, Object> payload, String commentId, Instant createdAt, User createdBy) {
}
