package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.application.port.ConfigurationStore;
import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.CaseTemplate;
import io.casebook.domain.ClosureType;
import io.casebook.domain.ConnectorRef;
import io.casebook.domain.CustomFieldDefinition;
import io.casebook.domain.Owner;
import io.casebook.domain.PushOnChange;
import io.casebook.domain.User;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link ConfigurationStore} over JDBC: one row per (space, owner), fields and templates as JSON columns. */
public final class JdbcConfigurationStore implements ConfigurationStore {

    private static final TypeReference<List<CustomFieldDefinition>> FIELDS = new TypeReference<>() { };
    private static final TypeReference<List<CaseTemplate>> TEMPLATES = new TypeReference<>() { };
    private static final int REPLACE_ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final RowMapper<CaseConfiguration> mapper;

    public JdbcConfigurationStore(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.mapper = (rs, ctx) -> new CaseConfiguration(rs.getString("id"), rs.getString("space_id"),
                Owner.fromWire(rs.getString("owner")).orElseThrow(), rs.getLong("version"),
                ClosureType.fromWire(rs.getString("closure_type")),
                json.read(rs.getString("connector"), ConnectorRef.class),
                json.read(rs.getString("custom_fields"), FIELDS), json.read(rs.getString("templates"), TEMPLATES),
                pushOnChange(rs.getString("push_on_change")),
                CaseRowMapper.instant(rs, "created_at"), json.read(rs.getString("created_by"), User.class),
                CaseRowMapper.instant(rs, "updated_at"), json.read(rs.getString("updated_by"), User.class));
    }

    @Override
    public Optional<CaseConfiguration> find(String space, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM case_configurations WHERE id = :id "
                + "AND space_id = :space").bind("id", id).bind("space", space).map(mapper).findOne());
    }

    @Override
    public Optional<CaseConfiguration> findByOwner(String space, Owner owner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM case_configurations WHERE space_id = :space "
                + "AND owner = :owner").bind("space", space).bind("owner", owner.wire()).map(mapper).findOne());
    }

    @Override
    public List<CaseConfiguration> list(String space, Collection<Owner> owners) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT * FROM case_configurations WHERE space_id = :space"
                    + (owners.isEmpty() ? "" : " AND owner IN (<owners>)") + " ORDER BY owner");
            if (!owners.isEmpty()) {
                query.bindList("owners", owners.stream().map(Owner::wire).distinct().toList());
            }
            return query.bind("space", space).map(mapper).list();
        });
    }

    @Override
    public void replace(CaseConfiguration c) {
        // Overwriting the row (new id included) instead of DELETE + INSERT keeps (space, owner) unique without
        // a constraint violation when two replaces race: the loser's INSERT does nothing and it UPDATEs instead.
        jdbi.useTransaction(h -> {
            for (int attempt = 0; attempt < REPLACE_ATTEMPTS; attempt++) {
                int updated = bind(h.createUpdate("UPDATE case_configurations SET id = :id, version = :version, "
                        + "closure_type = :closure_type, connector = :connector, custom_fields = :custom_fields, "
                        + "templates = :templates, push_on_change = :push_on_change, created_at = :created_at, "
                        + "created_by = :created_by, updated_at = :updated_at, updated_by = :updated_by "
                        + "WHERE space_id = :space AND owner = :owner"), c).execute();
                if (updated > 0) {
                    return;
                }
                int inserted = bind(h.createUpdate("INSERT INTO case_configurations (id, space_id, owner, version, "
                        + "closure_type, connector, custom_fields, templates, push_on_change, created_at, created_by, "
                        + "updated_at, updated_by) VALUES (:id, :space, :owner, :version, :closure_type, :connector, "
                        + ":custom_fields, :templates, :push_on_change, :created_at, :created_by, :updated_at, "
                        + ":updated_by) "
                        + "ON CONFLICT DO NOTHING"), c).execute();
                if (inserted > 0) {
                    return;
                }
            }
            throw new IllegalStateException("Could not replace the configuration of " + c.owner().wire()
                    + " in space " + c.space() + " after " + REPLACE_ATTEMPTS + " attempts");
        });
    }

    @Override
    public boolean update(CaseConfiguration c, long expectedVersion) {
        return jdbi.withHandle(h -> bind(h.createUpdate("UPDATE case_configurations SET version = :version, "
                + "closure_type = :closure_type, connector = :connector, custom_fields = :custom_fields, "
                + "templates = :templates, push_on_change = :push_on_change, created_at = :created_at, "
                + "created_by = :created_by, updated_at = :updated_at, updated_by = :updated_by "
                + "WHERE id = :id AND space_id = :space AND owner = :owner AND version = :expected"), c)
                .bind("expected", expectedVersion).execute() == 1);
    }

    private PushOnChange pushOnChange(String stored) {
        return stored == null ? PushOnChange.OFF : json.read(stored, PushOnChange.class);
    }

    private <S extends SqlStatement<S>> S bind(S statement, CaseConfiguration c) {
        return statement.bind("id", c.id())
                .bind("space", c.space())
                .bind("owner", c.owner().wire())
                .bind("version", c.version())
                .bind("closure_type", c.closureType().wire())
                .bind("connector", json.write(c.connector()))
                .bind("custom_fields", json.write(c.customFields()))
                .bind("templates", json.write(c.templates()))
                .bind("push_on_change", c.pushOnChange().enabled() ? json.write(c.pushOnChange()) : null)
                .bind("created_at", JdbcCaseStore.ts(c.createdAt()))
                .bind("created_by", json.write(c.createdBy()))
                .bind("updated_at", JdbcCaseStore.ts(c.updatedAt()))
                .bind("updated_by", json.write(c.updatedBy()));
    }
}
