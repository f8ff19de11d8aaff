package io.casebook.adapter.in.rest.dto;

import java.util.List;

/** Body of {@code PATCH /api/cases}: {@code {cases: [...]}}. */
public record PatchCasesRequest(List<CasePatchRequest> cases) {
}
