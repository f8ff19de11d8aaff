package io.casebook.adapter.in.rest.configure;

import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.application.configure.ConfigureService;
import io.casebook.domain.Owner;

import java.util.List;
import java.util.Optional;

/** {@code GET|POST /api/cases/configure} and {@code PATCH /api/cases/configure/{configurationId}}. */
public final class ConfigureApi implements ApiModule {

    private final ConfigureService configure;
    private final RequestBodies bodies;
    private final ConfigurationDtoMapper mapper = ConfigurationDtoMapper.INSTANCE;

    public ConfigureApi(ConfigureService configure, RequestBodies bodies) {
        this.configure = configure;
        this.bodies = bodies;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.get("/api/cases/configure", this::find)
              .post("/api/cases/configure", this::create)
              .patch("/api/cases/configure/{configurationId}", this::update);
    }

    private ApiResponse find(ApiRequest request) {
        request.query().keySet().stream().filter(name -> !name.equals("owner")).findFirst().ifPresent(name -> {
            throw ApiException.badRequest("invalid keys \"" + name + "\"");
        });
        List<String> requested = request.queryValues("owner");
        // Kibana drops owners the caller may not read; an owner it does not know is one of those.
        List<Owner> owners = requested.stream().map(Owner::fromWire).flatMap(Optional::stream).toList();
        if (!requested.isEmpty() && owners.isEmpty()) {
            return ApiResponse.ok(List.of());
        }
        return ApiResponse.ok(configure.find(request.context(), owners).stream().map(mapper::toResponse).toList());
    }

    private ApiResponse create(ApiRequest request) {
        ConfigurationRequest body = bodies.read(request, ConfigurationRequest.class);
        return ApiResponse.ok(mapper.toResponse(configure.create(request.context(), mapper.toCommand(body))));
    }

    private ApiResponse update(ApiRequest request) {
        ConfigurationPatchRequest body = bodies.read(request, ConfigurationPatchRequest.class);
        return ApiResponse.ok(mapper.toResponse(configure.update(request.context(),
                request.pathParam("configurationId"), mapper.toChanges(body))));
    }
}
