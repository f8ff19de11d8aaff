package io.casebook.adapter.out.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.casebook.adapter.out.crypto.SecretCipher;
import io.casebook.application.port.ConnectorStore;
import io.casebook.connector.runtime.ConnectorInstance;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ConnectorStore} over JDBC: config as a JSON column, secrets as one AES-GCM encrypted JSON object. */
public final class JdbcConnectorStore implements ConnectorStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcConnectorStore.class);

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Jdbi jdbi;
    private final JsonColumns json;
    private final SecretCipher cipher;
    private final RowMapper<ConnectorInstance> mapper;

    public JdbcConnectorStore(Jdbi jdbi, JsonColumns json, SecretCipher cipher) {
        this.jdbi = jdbi;
        this.json = json;
        this.cipher = cipher;
        this.mapper = (rs, ctx) -> new ConnectorInstance(rs.getString("id"), rs.getString("space_id"),
                rs.getString("name"), rs.getString("type_id"), json.read(rs.getString("config"), MAP),
                json.read(cipher.decrypt(rs.getString("secrets")), MAP), false,
                CaseRowMapper.instant(rs, "created_at"));
    }

    @Override
    public boolean insert(ConnectorInstance c) {
        return jdbi.withHandle(h -> bind(h.createUpdate("INSERT INTO connectors (space_id, id, name, type_id, "
                + "config, secrets, created_at, updated_at) VALUES (:space, :id, :name, :type, :config, :secrets, "
                + ":created_at, :updated_at) ON CONFLICT DO NOTHING"), c).execute()) > 0;
    }

    @Override
    public Optional<ConnectorInstance> find(String space, String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM connectors WHERE space_id = :space AND id = :id")
                .bind("space", space).bind("id", id).map(mapper).findOne());
    }

    @Override
    public List<ConnectorInstance> list(String space) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM connectors WHERE space_id = :space ORDER BY id")
                .bind("space", space).map(mapper).list());
    }

    @Override
    public boolean update(ConnectorInstance c) {
        return jdbi.withHandle(h -> bind(h.createUpdate("UPDATE connectors SET name = :name, config = :config, "
                + "secrets = :secrets, updated_at = :updated_at WHERE space_id = :space AND id = :id"), c)
                .execute()) > 0;
    }

    @Override
    public boolean delete(String space, String id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM connectors WHERE space_id = :space AND id = :id")
                .bind("space", space).bind("id", id).execute()) > 0;
    }

    /**
     * Key rotation, run at startup: every row sealed under one of {@code casebook.encryption.previous-keys} is
     * sealed again under the current key, so once an engine has started with the new key the old one can go.
     * Compare-and-set on the sealed text, so instances rotating at once never undo a newer write. A row no
     * key opens is left as it is and named (reading that connector fails until its key is given).
     */
    public int reencryptUnderCurrentKey() {
        int rotated = 0;
        List<String> unreadable = new ArrayList<>();
        List<Map<String, Object>> rows = jdbi.withHandle(h -> h.createQuery(
                "SELECT space_id, id, secrets FROM connectors").mapToMap().list());
        for (Map<String, Object> row : rows) {
            String space = (String) row.get("space_id");
            String id = (String) row.get("id");
            String sealed = (String) row.get("secrets");
            Optional<String> resealed;
            try {
                resealed = cipher.resealIfOld(sealed);
            } catch (IllegalStateException e) {
                unreadable.add(space + "/" + id);
                continue;
            }
            if (resealed.isPresent()) {
                rotated += jdbi.withHandle(h -> h.createUpdate("UPDATE connectors SET secrets = :new WHERE "
                        + "space_id = :space AND id = :id AND secrets = :old").bind("new", resealed.get())
                        .bind("space", space).bind("id", id).bind("old", sealed).execute());
            }
        }
        if (rotated > 0) {
            LOG.info("Re-encrypted the secrets of {} connector(s) under the current encryption key", rotated);
        }
        if (!unreadable.isEmpty()) {
            LOG.warn("The secrets of connector(s) {} open with neither casebook.encryption.key nor "
                    + "casebook.encryption.previous-keys; they cannot be used until the key is given", unreadable);
        }
        return rotated;
    }

    private Update bind(Update update, ConnectorInstance c) {
        return update.bind("space", c.space()).bind("id", c.id()).bind("name", c.name()).bind("type", c.typeId())
                .bind("config", json.write(c.config()))
                .bind("secrets", cipher.encrypt(json.write(c.secrets())))
                .bind("created_at", JdbcCaseStore.ts(c.createdAt()))
                // Bookkeeping only (no API shows it), so the wall clock rather than the engine's clock.
                .bind("updated_at", JdbcCaseStore.ts(Instant.now()));
    }
}
