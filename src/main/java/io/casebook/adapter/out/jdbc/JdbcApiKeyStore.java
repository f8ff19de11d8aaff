package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.application.security.ApiKey;
import io.casebook.application.security.ApiKeyQuery;
import io.casebook.application.security.ApiKeyStore;
import io.casebook.domain.User;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.casebook.adapter.out.jdbc.CaseRowMapper.instant;
import static io.casebook.adapter.out.jdbc.JdbcCaseStore.ts;

/** {@link ApiKeyStore} over JDBC: one row per key, roles as a JSON array, the secret only as its hash. */
public final class JdbcApiKeyStore implements ApiKeyStore {

    private static final TypeReference<List<String>> ROLES = new TypeReference<>() { };

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final RowMapper<ApiKey> mapper;

    public JdbcApiKeyStore(Jdbi jdbi, JsonColumns json) {
        this.jdbi = jdbi;
        this.json = json;
        this.mapper = (rs, ctx) -> new ApiKey(rs.getString("id"), rs.getString("name"),
                new User(rs.getString("username"), rs.getString("full_name"), rs.getString("email"), null),
                rs.getString("realm"), json.read(rs.getString("roles"), ROLES), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "invalidated_at"), rs.getString("secret_hash"));
    }

    @Override
    public void insert(ApiKey key) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_keys (id, name, username, full_name, email, realm, "
                        + "roles, secret_hash, created_at, expires_at, invalidated_at) VALUES (:id, :name, :username, "
                        + ":full_name, :email, :realm, :roles, :secret_hash, :created_at, :expires_at, :invalidated_at)")
                .bind("id", key.id()).bind("name", key.name()).bind("username", key.owner().username())
                .bind("full_name", key.owner().fullName()).bind("email", key.owner().email())
                .bind("realm", key.realm()).bind("roles", json.write(key.roles()))
                .bind("secret_hash", key.secretHash()).bind("created_at", ts(key.createdAt()))
                .bind("expires_at", ts(key.expiresAt())).bind("invalidated_at", ts(key.invalidatedAt()))
                .execute());
    }

    @Override
    public Optional<ApiKey> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM api_keys WHERE id = :id").bind("id", id)
                .map(mapper).findOne());
    }

    @Override
    public List<ApiKey> find(ApiKeyQuery query) {
        List<String> where = new ArrayList<>();
        if (query.id() != null) {
            where.add("id = :id");
        }
        if (query.name() != null) {
            where.add("name = :name");
        }
        if (query.username() != null) {
            where.add("username = :username");
        }
        String sql = "SELECT * FROM api_keys" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY created_at, id";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql);
            if (query.id() != null) {
                q.bind("id", query.id());
            }
            if (query.name() != null) {
                q.bind("name", query.name());
            }
            if (query.username() != null) {
                q.bind("username", query.username());
            }
            return q.map(mapper).list();
        });
    }

    @Override
    public boolean invalidate(String id, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE api_keys SET invalidated_at = :at "
                + "WHERE id = :id AND invalidated_at IS NULL").bind("id", id).bind("at", ts(at)).execute()) > 0;
    }
}
