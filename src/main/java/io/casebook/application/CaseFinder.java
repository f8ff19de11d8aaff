package io.casebook.application;

import io.casebook.application.port.CaseSearch;
import io.casebook.domain.User;

import java.util.List;

/** The case list use cases: find with status counts, status totals, and the tags, categories and reporters. */
public class CaseFinder {

    private final CaseSearch search;

    public CaseFinder(CaseSearch search) {
        this.search = search;
    }

    /**
     * A page of matching cases. As Kibana's {@code find.ts} does, the status counts honour every filter except
     * status and ignore the free-text search, so the list header shows all three statuses for the same filters.
     */
    public FoundCases find(RequestContext ctx, CaseQuery query) {
        CaseSearch.Page page = search.find(ctx.space(), query);
        StatusCounts counts = search.countByStatus(ctx.space(), query.filter().withoutStatus());
        return new FoundCases(page.cases(), query.page(), query.perPage(), page.total(), counts);
    }

    public StatusCounts statusCounts(RequestContext ctx, CaseFilter filter) {
        return search.countByStatus(ctx.space(), filter);
    }

    public List<String> tags(RequestContext ctx, List<String> owners) {
        return search.tags(ctx.space(), owners);
    }

    public List<String> categories(RequestContext ctx, List<String> owners) {
        return search.categories(ctx.space(), owners);
    }

    public List<User> reporters(RequestContext ctx, List<String> owners) {
        return search.reporters(ctx.space(), owners);
    }
}
