package io.casebook.adapter.in.rest.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.Paging;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.VersionTokens;
import io.casebook.adapter.in.rest.dto.AttachmentRequest;
import io.casebook.adapter.in.rest.dto.AttachmentsFindResponse;
import io.casebook.adapter.in.rest.mapper.AttachmentDtoMapper;
import io.casebook.application.attachments.AttachmentPage;
import io.casebook.application.attachments.AttachmentPatch;
import io.casebook.application.attachments.AttachmentUseCases;
import io.casebook.application.attachments.NewAttachment;
import io.casebook.domain.CaseLimits;

import java.util.List;

/** Kibana's comments API: add, update, find, get and delete the attachments of a case. */
public final class AttachmentsApi implements ApiModule {

    private static final String COMMENTS = "/api/cases/{caseId}/comments";

    private final AttachmentUseCases useCases;
    private final RequestBodies bodies;
    private final AttachmentDtoMapper mapper = AttachmentDtoMapper.INSTANCE;

    public AttachmentsApi(AttachmentUseCases useCases, RequestBodies bodies) {
        this.useCases = useCases;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post(COMMENTS, this::add)
              .patch(COMMENTS, this::update)
              .get(COMMENTS, this::getAll)
              .delete(COMMENTS, this::deleteAll)
              .get(COMMENTS + "/_find", this::find)
              .get(COMMENTS + "/{commentId}", this::get)
              .delete(COMMENTS + "/{commentId}", this::deleteOne);
    }

    private ApiResponse add(ApiRequest request) {
        AttachmentRequest body = bodies.read(request, AttachmentRequest.class);
        NewAttachment command = new NewAttachment(mapper.ownerForCreate(body.owner()), mapper.content(body));
        return ApiResponse.ok(mapper.toResponse(useCases.add().add(request.context(), caseId(request), command)));
    }

    /** The PATCH body is the POST body plus {@code id} and {@code version}. */
    private ApiResponse update(ApiRequest request) {
        JsonNode tree = bodies.tree(request);
        String id = requiredText(tree, "id");
        String version = requiredText(tree, "version");
        AttachmentRequest body = bodies.convert(withoutKeys(tree, "id", "version"), AttachmentRequest.class);
        long expected = VersionTokens.decode(version).orElse(AttachmentPatch.UNKNOWN_VERSION);
        AttachmentPatch patch = new AttachmentPatch(id, expected, body.owner(), mapper.content(body));
        return ApiResponse.ok(mapper.toResponse(useCases.update().update(request.context(), caseId(request), patch)));
    }

    /** Deprecated in Kibana 8.1 but still served: every attachment of the case. */
    private ApiResponse getAll(ApiRequest request) {
        return ApiResponse.ok(useCases.queries().all(request.context(), caseId(request)).stream()
                .map(mapper::toResponse).toList());
    }

    private ApiResponse find(ApiRequest request) {
        Paging paging = Paging.from(request, CaseLimits.MAX_COMMENTS_PER_PAGE);
        String order = request.query("sortOrder").orElse("asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiException.badRequest("Invalid value \"" + order + "\" supplied to \"sortOrder\"");
        }
        AttachmentPage page = useCases.queries().findComments(request.context(), caseId(request), paging.offset(),
                paging.perPage(), order.equals("asc"));
        return ApiResponse.ok(new AttachmentsFindResponse(page.attachments().stream().map(mapper::toResponse).toList(),
                paging.page(), paging.perPage(), page.total()));
    }

    private ApiResponse get(ApiRequest request) {
        return ApiResponse.ok(mapper.toResponse(useCases.queries().get(request.context(), caseId(request),
                request.pathParam("commentId"))));
    }

    private ApiResponse deleteOne(ApiRequest request) {
        useCases.delete().deleteOne(request.context(), caseId(request), request.pathParam("commentId"));
        return ApiResponse.noContent();
    }

    private ApiResponse deleteAll(ApiRequest request) {
        useCases.delete().deleteAll(request.context(), caseId(request));
        return ApiResponse.noContent();
    }

    private static String caseId(ApiRequest request) {
        return request.pathParam("caseId");
    }

    private static String requiredText(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.badRequest("Invalid value \"undefined\" supplied to \"" + field + "\"");
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("Invalid value \"" + value + "\" supplied to \"" + field + "\"");
        }
        return value.asText();
    }

    private static JsonNode withoutKeys(JsonNode tree, String... keys) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        copy.remove(List.of(keys));
        return copy;
    }
}
