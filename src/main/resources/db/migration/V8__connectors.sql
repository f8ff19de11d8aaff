-- Connectors created through Kibana's actions API (files under connectors/ are not stored): one row per space
-- and id. Config is JSON in clear; secrets are one AES-GCM encrypted JSON object (base64 of IV || ciphertext),
-- so the database alone never reveals them. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE connectors (
    space_id   VARCHAR(255) NOT NULL,
    id         VARCHAR(255) NOT NULL,
    name       VARCHAR(1024) NOT NULL,
    type_id    VARCHAR(255) NOT NULL,
    config     VARCHAR      NOT NULL,
    secrets    VARCHAR      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (space_id, id)
);
