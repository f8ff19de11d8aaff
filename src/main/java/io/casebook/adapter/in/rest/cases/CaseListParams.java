package io.casebook.adapter.in.rest.cases;

import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.Paging;
import io.casebook.adapter.in.rest.QueryKeys;
import io.casebook.application.CaseFilter;
import io.casebook.application.CaseQuery;
import io.casebook.application.TextSearch;
import io.casebook.application.Times;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.Severity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the case-list query parameters of {@code _find} and {@code status} (Kibana's CasesFindRequest): array
 * filters repeated or as JSON arrays, enum values and their Kibana error wording, {@code from}/{@code to} date math.
 */
final class CaseListParams {

    private static final Set<String> FIND_KEYS = Set.of("tags", "status", "severity", "assignees", "reporters",
            "defaultSearchOperator", "from", "to", "page", "perPage", "search", "searchFields", "sortField",
            "sortOrder", "owner", "category");
    private static final Set<String> STATUS_KEYS = Set.of("owner", "from", "to");
    private static final Set<String> OWNER_KEYS = Set.of("owner");

    private final Clock clock;

    CaseListParams(Clock clock) {
        this.clock = clock;
    }

    CaseQuery findQuery(ApiRequest request) {
        QueryKeys.requireOnly(request, FIND_KEYS);
        Instant now = Times.now(clock);
        CaseFilter filter = new CaseFilter(request.queryValues("owner"),
                enums(request, "status", CaseStatus::fromWire), enums(request, "severity", Severity::fromWire),
                request.queryValues("tags"), request.queryValues("assignees"), request.queryValues("reporters"),
                request.queryValues("category"), date(request, "from", now, false), date(request, "to", now, true));
        // Checked even without a search, as Kibana's schema does.
        Set<TextSearch.Field> fields = enums(request, "searchFields", TextSearch.Field::fromWire);
        TextSearch.Operator operator = request.query("defaultSearchOperator").map(TextSearch.Operator::fromWire)
                .orElse(null);
        TextSearch search = request.query("search").filter(text -> !text.isBlank())
                .map(text -> new TextSearch(text, fields, operator)).orElse(null);
        CaseQuery.SortField sortField = request.query("sortField").map(CaseQuery.SortField::fromWire).orElse(null);
        boolean ascending = request.query("sortOrder").map(CaseListParams::ascending).orElse(false);
        Paging paging = Paging.from(request, CaseLimits.MAX_CASES_PER_PAGE);
        return new CaseQuery(filter, search, sortField, ascending, paging.page(), paging.perPage());
    }

    CaseFilter statusFilter(ApiRequest request) {
        QueryKeys.requireOnly(request, STATUS_KEYS);
        Instant now = Times.now(clock);
        return CaseFilter.ownersAndDates(request.queryValues("owner"), date(request, "from", now, false),
                date(request, "to", now, true));
    }

    static List<String> owners(ApiRequest request) {
        QueryKeys.requireOnly(request, OWNER_KEYS);
        return request.queryValues("owner");
    }

    private static boolean ascending(String order) {
        return switch (order) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw ApiException.badRequest("Invalid value \"" + order + "\" supplied to \"sortOrder\"");
        };
    }

    private static <T> Set<T> enums(ApiRequest request, String name, Function<String, T> parse) {
        return request.queryValues(name).stream().map(parse).collect(Collectors.toSet());
    }

    /** A lower bound rounds down and an inclusive upper bound rounds up, as in Elasticsearch range queries. */
    private static Instant date(ApiRequest request, String name, Instant now, boolean roundUp) {
        String raw = request.query(name).orElse(null);
        if (raw == null) {
            return null;
        }
        return KibanaDateMath.parse(raw, now, roundUp).orElseThrow(() -> ApiException.badRequest(
                "Invalid \"from\" and/or \"to\" query parameters: \"" + raw + "\" in \"" + name + "\" is not a date "
                        + "(use an ISO-8601 date, epoch milliseconds or date math such as now-7d or now-1h/d)"));
    }
}
