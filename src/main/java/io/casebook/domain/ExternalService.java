package io.casebook.domain;

import java.time.Instant;

/** Where and when a case was last pushed; null on a case until its first push. */
public record ExternalService(String connectorId, String connectorName, String externalId, String externalTitle,
                              String externalUrl, Instant pushedAt, User pushedBy) {
}
