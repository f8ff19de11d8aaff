package io.casebook.adapter.in.rest.configure;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A template: {@code {key, name, description?, tags?, caseFields}} ({@code caseFields} may be null). */
public record TemplateDto(String key, String name,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String description,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> tags,
                          TemplateCaseFieldsDto caseFields) {
}
