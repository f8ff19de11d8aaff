package io.casebook.adapter.in.rest.configure;

import java.util.List;

/** {@code push_on_change}: whether a case is pushed on its own when one of {@code fields} changes. */
public record PushOnChangeDto(Boolean enabled, List<String> fields) {
}
