package io.casebook.adapter.in.rules.yaml;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.casebook.domain.rules.ResolvePolicy;

/** {@code on_resolved: {comment, close_case_when_all_resolved}}; each false when left out. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OnResolvedYaml(Boolean comment, Boolean closeCaseWhenAllResolved) {

    public ResolvePolicy toPolicy() {
        return new ResolvePolicy(Boolean.TRUE.equals(comment), Boolean.TRUE.equals(closeCaseWhenAllResolved));
    }
}
