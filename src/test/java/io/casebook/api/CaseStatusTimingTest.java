package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.EngineWithSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static io.casebook.support.CaseFixtures.change;
import static io.casebook.support.CaseFixtures.create;
import static io.casebook.support.CaseFixtures.patchBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status changes through {@code PATCH /api/cases}: closed_at/closed_by, in_progress_at and the timing metrics
 * are set and cleared as Kibana does. The case's past is moved back in the database, so the metrics are hours,
 * not the zero seconds a fast test would otherwise measure.
 */
class CaseStatusTimingTest {

    static EngineWithSql engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = EngineWithSql.start();
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static JsonNode setStatus(JsonNode c, String status) {
        Api.Result result = api.patch("/api/cases", patchBody(change(c, "status", status)));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body().get(0);
    }

    static JsonNode get(String id) {
        return api.get("/api/cases/" + id).body();
    }

    static void shift(String column, String id, Instant to) {
        assertThat(engine.update("UPDATE cases SET " + column + " = ? WHERE id = ?",
                OffsetDateTime.ofInstant(to, ZoneOffset.UTC), id)).isEqualTo(1);
    }

    static Instant at(JsonNode c, String field) {
        return Instant.parse(c.path(field).asText());
    }

    static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000;
    }

    @Test
    void inProgressThenClosedSetsEveryMetricAndReopenClearsThem() {
        JsonNode created = create(api, "Timed");
        String id = created.path("id").asText();
        shift("created_at", id, at(created, "created_at").minus(Duration.ofHours(3)));

        JsonNode inProgress = setStatus(get(id), "in-progress");
        assertThat(inProgress.path("in_progress_at").asText()).isEqualTo(inProgress.path("updated_at").asText());
        assertThat(inProgress.path("closed_at").isNull()).isTrue();
        assertThat(inProgress.path("duration").isNull()).isTrue();
        shift("in_progress_at", id, at(inProgress, "in_progress_at").minus(Duration.ofHours(1)));

        JsonNode closed = setStatus(get(id), "closed");
        Instant createdAt = at(closed, "created_at");
        Instant inProgressAt = at(closed, "in_progress_at");
        Instant closedAt = at(closed, "closed_at");
        assertThat(closed.path("closed_at").asText()).isEqualTo(closed.path("updated_at").asText());
        assertThat(closed.at("/closed_by/username").asText()).isEqualTo("elastic");
        assertThat(closed.path("duration").asLong()).isEqualTo(seconds(createdAt, closedAt)).isGreaterThan(10_000);
        assertThat(closed.path("time_to_resolve").asLong()).isEqualTo(seconds(createdAt, closedAt));
        assertThat(closed.path("time_to_acknowledge").asLong()).isEqualTo(seconds(createdAt, inProgressAt))
                .isGreaterThan(7_000);
        assertThat(closed.path("time_to_investigate").asLong()).isEqualTo(seconds(inProgressAt, closedAt))
                .isGreaterThan(3_500);

        JsonNode reopened = setStatus(closed, "open");
        for (String field : new String[] {"closed_at", "closed_by", "duration", "time_to_acknowledge",
                "time_to_investigate", "time_to_resolve"}) {
            assertThat(reopened.path(field).isNull()).as(field).isTrue();
        }
        assertThat(reopened.path("in_progress_at").asText()).as("in_progress_at is kept")
                .isEqualTo(closed.path("in_progress_at").asText());
        assertThat(get(id)).isEqualTo(reopened);
    }

    @Test
    void closingAnOpenCaseCountsAcknowledgeAsResolve() {
        JsonNode created = create(api, "Straight to closed");
        String id = created.path("id").asText();
        shift("created_at", id, at(created, "created_at").minus(Duration.ofMinutes(30)));

        JsonNode closed = setStatus(get(id), "closed");
        long ttr = seconds(at(closed, "created_at"), at(closed, "closed_at"));
        assertThat(ttr).isGreaterThanOrEqualTo(1_800);
        assertThat(closed.path("in_progress_at").isNull()).isTrue();
        assertThat(closed.path("time_to_resolve").asLong()).isEqualTo(ttr);
        assertThat(closed.path("time_to_acknowledge").asLong()).isEqualTo(ttr);
        assertThat(closed.path("time_to_investigate").asLong()).isZero();
        assertThat(closed.path("time_to_investigate").isNull()).isFalse();
    }
}
