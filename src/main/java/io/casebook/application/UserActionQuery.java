package io.casebook.application;

import io.casebook.domain.CasesException;
import io.casebook.domain.UserActionTypes;

import java.util.List;
import java.util.Set;

/**
 * A {@code user_actions/_find} query: type filters (types and pseudo-types), {@code sortOrder} asc|desc
 * (default asc) and an already-validated page. Validates the values in its constructor.
 */
public record UserActionQuery(Set<String> types, boolean ascending, int page, int perPage) {

    public UserActionQuery {
        types = Set.copyOf(types);
        if (page < 1 || perPage < 1) {
            throw new IllegalArgumentException("page and perPage start at 1");
        }
    }

    /** Reads the raw query values; an unknown type or sort order is refused with Kibana's wording. */
    public static UserActionQuery of(List<String> types, String sortOrder, int page, int perPage) {
        for (String type : types) {
            if (!UserActionTypes.isFilter(type)) {
                throw CasesException.invalid("Invalid value \"" + type + "\" supplied to \"types\"");
            }
        }
        if (sortOrder != null && !sortOrder.equals("asc") && !sortOrder.equals("desc")) {
            throw CasesException.invalid("Invalid value \"" + sortOrder + "\" supplied to \"sortOrder\"");
        }
        return new UserActionQuery(Set.copyOf(types), !"desc".equals(sortOrder), page, perPage);
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
