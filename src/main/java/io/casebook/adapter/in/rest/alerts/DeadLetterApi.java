package io.casebook.adapter.in.rest.alerts;

import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.Paging;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.adapter.in.rest.WireFormats;
import io.casebook.application.ingest.DeadLetter;
import io.casebook.application.port.DeadLetterQueue;
import io.casebook.domain.security.Level;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/alerts/_dead_letters} (the queued alert messages that could not be processed, with why)
 * and {@code POST /api/alerts/_dead_letters/_replay} (send them, or the given ids, back to the queue).
 */
public final class DeadLetterApi implements ApiModule {

    static final int MAX_PER_PAGE = 100;

    private final DeadLetterQueue queue;
    private final RequestBodies bodies;

    public DeadLetterApi(DeadLetterQueue queue, RequestBodies bodies) {
        this.queue = queue;
        this.bodies = bodies;
    }

    /** The body of a replay: the JMS message ids to replay; absent means every dead letter. */
    public record ReplayRequest(List<String> ids) {
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/alerts/_dead_letters", RouteAccess.alerts(Level.READ, "access"), this::find);
        // A plain post: mutating, so it needs kbn-xsrf like Kibana's own mutating calls.
        routes.post("/api/alerts/_dead_letters/_replay", RouteAccess.alerts(Level.ALL, "replay"), this::replay);
    }

    private ApiResponse find(ApiRequest request) {
        Paging paging = Paging.from(request, MAX_PER_PAGE);
        DeadLetterQueue.Page page = queue.page(paging.offset(), paging.perPage());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page", paging.page());
        body.put("per_page", paging.perPage());
        body.put("total", page.total());
        body.put("dead_letters", page.items().stream().map(DeadLetterApi::view).toList());
        return ApiResponse.ok(body);
    }

    private ApiResponse replay(ApiRequest request) {
        List<String> ids = requestedIds(request);
        DeadLetterQueue.Replayed replayed = queue.replay(ids);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("replayed", replayed.replayed());
        body.put("not_found", replayed.notFound());
        return ApiResponse.ok(body);
    }

    private List<String> requestedIds(ApiRequest request) {
        if (request.body() == null || request.body().isBlank()) {
            return List.of();
        }
        ReplayRequest replay = bodies.read(request, ReplayRequest.class);
        if (replay.ids() == null) {
            return List.of();
        }
        if (replay.ids().isEmpty()) {
            // An empty list is more likely a client bug than a wish to replay everything.
            throw ApiException.badRequest("[ids]: must not be empty (leave it out to replay every dead letter)");
        }
        for (int i = 0; i < replay.ids().size(); i++) {
            String id = replay.ids().get(i);
            if (id == null || id.isBlank()) {
                throw ApiException.badRequest("[ids." + i + "]: expected a message id but got "
                        + (id == null ? "null" : "an empty string"));
            }
        }
        return replay.ids();
    }

    static Map<String, Object> view(DeadLetter letter) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", letter.id());
        out.put("reason", letter.reason());
        out.put("format", letter.format());
        out.put("received_at", WireFormats.instant(letter.receivedAt()));
        out.put("dead_lettered_at", WireFormats.instant(letter.deadLetteredAt()));
        out.put("body", letter.body());
        return out;
    }
}
