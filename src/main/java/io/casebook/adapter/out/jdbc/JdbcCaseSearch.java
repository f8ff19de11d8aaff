package io.casebook.adapter.out.jdbc;

import io.casebook.application.CaseFilter;
import io.casebook.application.CaseQuery;
import io.casebook.application.StatusCounts;
import io.casebook.application.port.CaseSearch;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.User;
import org.jdbi.v3.core.Jdbi;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@link CaseSearch} over JDBC: parameterised SQL that runs on H2 (PostgreSQL mode) and PostgreSQL. */
public final class JdbcCaseSearch implements CaseSearch {

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final CaseRowMapper mapper;

    public JdbcCaseSearch(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.mapper = new CaseRowMapper(json);
    }

    @Override
    public Page find(String space, CaseQuery query) {
        CaseConditions where = new CaseConditions(space).filter(query.filter()).search(query.search());
        String direction = query.ascending() ? "ASC" : "DESC";
        // Elasticsearch puts documents missing the sort field last in both directions; incremental_id is unique
        // per space, so it makes the order total and paging stable when sort values tie.
        String orderBy = sortColumn(query.sortField()) + " " + direction + " NULLS LAST, c.incremental_id "
                + direction;
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM cases c WHERE " + where.where())
                    .bindMap(where.params()).mapTo(Long.class).one();
            var cases = h.createQuery("SELECT c.* FROM cases c WHERE " + where.where() + " ORDER BY " + orderBy
                            + " LIMIT :page_limit OFFSET :page_offset")
                    .bindMap(where.params())
                    .bind("page_limit", query.perPage())
                    .bind("page_offset", query.offset())
                    .map(mapper).list();
            return new Page(cases, total);
        });
    }

    @Override
    public StatusCounts countByStatus(String space, CaseFilter filter) {
        CaseConditions where = new CaseConditions(space).filter(filter);
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        jdbi.useHandle(h -> h.createQuery("SELECT c.status AS code, COUNT(*) AS n FROM cases c WHERE "
                        + where.where() + " GROUP BY c.status")
                .bindMap(where.params())
                .map((rs, ctx) -> Map.entry(StoredCodes.status(rs.getInt("code")), rs.getLong("n")))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return new StatusCounts(counts.getOrDefault(CaseStatus.OPEN, 0L),
                counts.getOrDefault(CaseStatus.IN_PROGRESS, 0L), counts.getOrDefault(CaseStatus.CLOSED, 0L));
    }

    @Override
    public List<String> tags(String space, List<String> owners) {
        CaseConditions where = new CaseConditions(space).owners(owners);
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT t.tag FROM case_tags t "
                        + "JOIN cases c ON c.id = t.case_id WHERE " + where.where() + " ORDER BY t.tag")
                .bindMap(where.params()).mapTo(String.class).list());
    }

    @Override
    public List<String> categories(String space, List<String> owners) {
        CaseConditions where = new CaseConditions(space).owners(owners);
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT c.category FROM cases c WHERE " + where.where()
                        + " AND c.category IS NOT NULL ORDER BY c.category")
                .bindMap(where.params()).mapTo(String.class).list());
    }

    @Override
    public List<User> reporters(String space, List<String> owners) {
        CaseConditions where = new CaseConditions(space).owners(owners);
        // Kibana reports each username with the user details of its most recent case (top_hits by created_at).
        return jdbi.withHandle(h -> h.createQuery("SELECT r.created_by FROM (SELECT c.created_by, "
                        + "c.created_by_username, ROW_NUMBER() OVER (PARTITION BY c.created_by_username "
                        + "ORDER BY c.created_at DESC, c.incremental_id DESC) AS rn FROM cases c WHERE " + where.where()
                        + ") r WHERE r.rn = 1 ORDER BY r.created_by_username")
                .bindMap(where.params())
                .map((rs, ctx) -> json.read(rs.getString("created_by"), User.class)).list());
    }

    /** The only place a sort column enters SQL: a fixed whitelist keyed by the enum. */
    private static String sortColumn(CaseQuery.SortField field) {
        return switch (field) {
            case CREATED_AT -> "c.created_at";
            case UPDATED_AT -> "c.updated_at";
            case CLOSED_AT -> "c.closed_at";
            case TITLE -> "c.title";
            case CATEGORY -> "c.category";
            case STATUS -> "c.status";
            case SEVERITY -> "c.severity";
        };
    }
}
