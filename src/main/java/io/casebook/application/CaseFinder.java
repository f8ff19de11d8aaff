package io.casebook.application;

import io.casebook.application.port.CaseSearch;
import io.casebook.domain.User;
import io.casebook.domain.security.CaseAction;

import java.util.List;
import java.util.Optional;

/**
 * The case list use cases: find with status counts, status totals, and the tags, categories and reporters. Each
 * sees only the owners the caller can read (Kibana's authorization filter): others drop out of the owner filter
 * silently, and a caller who reads no owner at all is refused.
 */
public class CaseFinder {

    private static final StatusCounts NONE = new StatusCounts(0, 0, 0);

    private final CaseSearch search;

    public CaseFinder(CaseSearch search) {
        this.search = search;
    }

    /**
     * A page of matching cases. As Kibana's {@code find.ts} does, the status counts honour every filter except
     * status and ignore the free-text search, so the list header shows all three statuses for the same filters.
     */
    public FoundCases find(RequestContext ctx, CaseQuery query) {
        Optional<List<String>> owners = OwnerScope.of(ctx, CaseAction.FIND_CASES, query.filter().owners());
        if (owners.isEmpty()) {
            return new FoundCases(List.of(), query.page(), query.perPage(), 0, NONE);
        }
        CaseQuery scoped = query.withFilter(query.filter().withOwners(owners.get()));
        CaseSearch.Page page = search.find(ctx.space(), scoped);
        StatusCounts counts = search.countByStatus(ctx.space(), scoped.filter().withoutStatus());
        return new FoundCases(page.cases(), query.page(), query.perPage(), page.total(), counts);
    }

    public StatusCounts statusCounts(RequestContext ctx, CaseFilter filter) {
        return OwnerScope.of(ctx, CaseAction.GET_STATUSES, filter.owners())
                .map(owners -> search.countByStatus(ctx.space(), filter.withOwners(owners))).orElse(NONE);
    }

    public List<String> tags(RequestContext ctx, List<String> owners) {
        return OwnerScope.of(ctx, CaseAction.GET_TAGS, owners)
                .map(scoped -> search.tags(ctx.space(), scoped)).orElse(List.of());
    }

    public List<String> categories(RequestContext ctx, List<String> owners) {
        return OwnerScope.of(ctx, CaseAction.GET_CATEGORIES, owners)
                .map(scoped -> search.categories(ctx.space(), scoped)).orElse(List.of());
    }

    public List<User> reporters(RequestContext ctx, List<String> owners) {
        return OwnerScope.of(ctx, CaseAction.GET_REPORTERS, owners)
                .map(scoped -> search.reporters(ctx.space(), scoped)).orElse(List.of());
    }
}
