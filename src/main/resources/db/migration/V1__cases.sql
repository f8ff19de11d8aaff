-- Cases and everything that hangs off them. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.
-- Status and severity are stored as Kibana persists them (numbers), so sorting follows severity order.

CREATE TABLE cases (
    id                  VARCHAR(64)  PRIMARY KEY,
    space_id            VARCHAR(255) NOT NULL,
    owner               VARCHAR(32)  NOT NULL,
    incremental_id      BIGINT       NOT NULL,
    version             BIGINT       NOT NULL,
    title               VARCHAR      NOT NULL,
    description         VARCHAR      NOT NULL,
    status              SMALLINT     NOT NULL,
    severity            SMALLINT     NOT NULL,
    category            VARCHAR(255),
    tags                VARCHAR      NOT NULL,
    assignees           VARCHAR      NOT NULL,
    custom_fields       VARCHAR      NOT NULL,
    connector           VARCHAR      NOT NULL,
    settings            VARCHAR      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR      NOT NULL,
    created_by_username VARCHAR(255) NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE,
    updated_by          VARCHAR,
    closed_at           TIMESTAMP WITH TIME ZONE,
    closed_by           VARCHAR,
    in_progress_at      TIMESTAMP WITH TIME ZONE,
    duration            BIGINT,
    time_to_acknowledge BIGINT,
    time_to_investigate BIGINT,
    time_to_resolve     BIGINT,
    external_service    VARCHAR,
    total_comment       INTEGER      DEFAULT 0 NOT NULL,
    total_alerts        INTEGER      DEFAULT 0 NOT NULL,
    CONSTRAINT uq_cases_space_number UNIQUE (space_id, incremental_id)
);
CREATE INDEX ix_cases_space_created ON cases (space_id, created_at);
CREATE INDEX ix_cases_space_status ON cases (space_id, status);

-- Tags and assignees are also kept one row each so _find can filter on them with an index.
CREATE TABLE case_tags (
    case_id VARCHAR(64) NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    tag     VARCHAR(512) NOT NULL,
    PRIMARY KEY (case_id, tag)
);
CREATE INDEX ix_case_tags_tag ON case_tags (tag);

CREATE TABLE case_assignees (
    case_id VARCHAR(64)  NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    uid     VARCHAR(512) NOT NULL,
    PRIMARY KEY (case_id, uid)
);
CREATE INDEX ix_case_assignees_uid ON case_assignees (uid);

-- One counter per space: incremental_id is taken from it in the transaction that creates the case.
CREATE TABLE case_counters (
    space_id VARCHAR(255) PRIMARY KEY,
    last_id  BIGINT NOT NULL
);

CREATE TABLE case_attachments (
    id            VARCHAR(64)  PRIMARY KEY,
    case_id       VARCHAR(64)  NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    space_id      VARCHAR(255) NOT NULL,
    owner         VARCHAR(32)  NOT NULL,
    type          VARCHAR(32)  NOT NULL,
    version       BIGINT       NOT NULL,
    comment       VARCHAR,
    alert_ids     VARCHAR,
    alert_indices VARCHAR,
    rule          VARCHAR,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE,
    updated_by    VARCHAR,
    pushed_at     TIMESTAMP WITH TIME ZONE,
    pushed_by     VARCHAR,
    seq           BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX ix_case_attachments_case ON case_attachments (case_id, seq);

-- Each alert id once per case: the primary key is what stops an alert being attached or counted twice.
CREATE TABLE case_alerts (
    case_id       VARCHAR(64)  NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    alert_id      VARCHAR(512) NOT NULL,
    alert_index   VARCHAR(512) NOT NULL,
    attachment_id VARCHAR(64)  NOT NULL REFERENCES case_attachments (id) ON DELETE CASCADE,
    attached_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, alert_id)
);
CREATE INDEX ix_case_alerts_alert ON case_alerts (alert_id);

CREATE TABLE case_user_actions (
    id         VARCHAR(64)  PRIMARY KEY,
    case_id    VARCHAR(64)  NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    space_id   VARCHAR(255) NOT NULL,
    owner      VARCHAR(32)  NOT NULL,
    type       VARCHAR(32)  NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    payload    VARCHAR      NOT NULL,
    comment_id VARCHAR(64),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR      NOT NULL,
    seq        BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX ix_case_user_actions_case ON case_user_actions (case_id, seq);

CREATE TABLE case_configurations (
    id            VARCHAR(64)  PRIMARY KEY,
    space_id      VARCHAR(255) NOT NULL,
    owner         VARCHAR(32)  NOT NULL,
    version       BIGINT       NOT NULL,
    closure_type  VARCHAR(32)  NOT NULL,
    connector     VARCHAR      NOT NULL,
    custom_fields VARCHAR      NOT NULL,
    templates     VARCHAR      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    VARCHAR      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE,
    updated_by    VARCHAR,
    CONSTRAINT uq_case_configurations_owner UNIQUE (space_id, owner)
);
