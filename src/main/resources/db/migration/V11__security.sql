-- API keys (Elasticsearch's format): the secret is stored only as its SHA-256 (secret_hash); the owner's
-- user fields and roles are a snapshot taken at creation. Invalidated keys are kept, as Elasticsearch keeps
-- them, so that they can be listed as invalidated. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE api_keys (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    name           VARCHAR(1024) NOT NULL,
    username       VARCHAR(1024) NOT NULL,
    full_name      VARCHAR(1024),
    email          VARCHAR(1024),
    realm          VARCHAR(64)   NOT NULL,
    roles          VARCHAR       NOT NULL,
    secret_hash    VARCHAR(128)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    invalidated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_keys_username ON api_keys (username);

-- Password hashes (bcrypt) of built-in users: the elastic superuser's, generated on first start or set by
-- CASEBOOK_ELASTIC_PASSWORD. Never a clear password.
CREATE TABLE builtin_users (
    username      VARCHAR(255) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
