package io.casebook.adapter.in.rest;

import io.casebook.domain.CaseLimits;

/** Kibana's {@code page}/{@code perPage} query parameters, with its limits and messages. */
public record Paging(int page, int perPage) {

    /** Reads page (default 1) and perPage (default 20, at most {@code maxPerPage}); page×perPage ≤ 10,000. */
    public static Paging from(ApiRequest request, int maxPerPage) {
        int page = positive(request, "page", 1);
        int perPage = positive(request, "perPage", 20);
        if (perPage > maxPerPage) {
            throw ApiException.badRequest("The provided perPage value is too high. The maximum allowed perPage value is "
                    + maxPerPage + ".");
        }
        if ((long) page * perPage > CaseLimits.MAX_DOCS_PER_PAGE) {
            throw ApiException.badRequest("The number of documents is too high. Paginating through more than "
                    + CaseLimits.MAX_DOCS_PER_PAGE + " documents is not possible.");
        }
        return new Paging(page, perPage);
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    private static int positive(ApiRequest request, String name, int fallback) {
        String raw = request.query(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // falls through to Kibana's message
        }
        throw ApiException.badRequest("Invalid value \"" + raw + "\" supplied to \"" + name + "\"");
    }
}
