package io.casebook.adapter.in.rest.mapper;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.adapter.in.rest.VersionTokens;
import io.casebook.adapter.in.rest.dto.CasePatchRequest;
import io.casebook.adapter.in.rest.dto.PatchCasesRequest;
import io.casebook.application.CasePatch;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.CasesException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@code PATCH /api/cases} body into commands, with {@link CaseDtoMapper}'s field conversions. Hand
 * written because two things are not in the DTO alone: whether {@code category} was sent (null clears it,
 * absent leaves it) and the opaque version token.
 */
public final class CasePatchMapper {

    private final CaseDtoMapper fields = CaseDtoMapper.INSTANCE;

    /** {@code body} is the tree {@code request} was read from, to see which keys were sent. */
    public List<CasePatch> toCommands(PatchCasesRequest request, JsonNode body) {
        if (request.cases() == null) {
            throw CasesException.invalid("Invalid value \"undefined\" supplied to \"cases\"");
        }
        List<CasePatch> patches = new ArrayList<>(request.cases().size());
        for (int i = 0; i < request.cases().size(); i++) {
            patches.add(toCommand(request.cases().get(i), body.path("cases").path(i).has("category")));
        }
        return patches;
    }

    CasePatch toCommand(CasePatchRequest dto, boolean categorySent) {
        if (dto == null) {
            throw CasesException.invalid("Invalid value \"null\" supplied to \"cases\"");
        }
        Optional<String> category = categorySent ? Optional.ofNullable(dto.category()) : null;
        return new CasePatch(dto.id(), version(dto.version()), dto.title(), dto.description(), dto.tags(),
                dto.status() == null ? null : CaseStatus.fromWire(dto.status()), fields.severity(dto.severity()),
                fields.assigneeUids(dto.assignees()), category, fields.connector(dto.connector()),
                fields.settings(dto.settings()), fields.customFields(dto.customFields()), dto.owner());
    }

    /** A token we did not issue cannot match any case: it becomes a version no case has (a 409, as stale ones). */
    private static Long version(String token) {
        return token == null ? null : VersionTokens.decode(token).orElse(CasePatch.UNKNOWN_VERSION);
    }
}
