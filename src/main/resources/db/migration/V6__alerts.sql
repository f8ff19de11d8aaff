-- Alert ingestion: every delivery as it arrived, one row per alert identity, and each alert's history.

CREATE TABLE alert_deliveries (
    id          VARCHAR(64) PRIMARY KEY,
    format      VARCHAR(32) NOT NULL,
    transport   VARCHAR(16) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    payload     TEXT        NOT NULL
);
CREATE INDEX ix_alert_deliveries_received ON alert_deliveries (received_at);

-- One row per (source, fingerprint): the alert's latest state. The unique key is what makes a retried or
-- redelivered alert land on the same row, however many consumers race.
CREATE TABLE alerts (
    id               VARCHAR(64)  PRIMARY KEY,
    source           VARCHAR(255) NOT NULL,
    fingerprint      VARCHAR(255) NOT NULL,
    format           VARCHAR(32)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    severity         VARCHAR(16),
    title            VARCHAR      NOT NULL,
    description      VARCHAR,
    labels           VARCHAR      NOT NULL,
    fields           VARCHAR      NOT NULL,
    links            VARCHAR      NOT NULL,
    rule_id          VARCHAR(255),
    rule_name        VARCHAR(1024),
    group_key        VARCHAR(1024),
    starts_at        TIMESTAMP WITH TIME ZONE,
    ends_at          TIMESTAMP WITH TIME ZONE,
    first_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_delivery_id VARCHAR(64)  NOT NULL,
    content_digest   VARCHAR(64)  NOT NULL,
    event_count      INTEGER      NOT NULL,
    CONSTRAINT uq_alerts_identity UNIQUE (source, fingerprint)
);
CREATE INDEX ix_alerts_last_seen ON alerts (last_seen_at);
CREATE INDEX ix_alerts_status ON alerts (status);

-- Each distinct state an alert reached, with the delivery that carried it. routed_at stays null until the
-- rules engine has taken the event: that column is the durable hand-off between ingestion and rules.
CREATE TABLE alert_events (
    id             VARCHAR(64) PRIMARY KEY,
    alert_id       VARCHAR(64) NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    delivery_id    VARCHAR(64) NOT NULL REFERENCES alert_deliveries (id),
    status         VARCHAR(16) NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content_digest VARCHAR(64) NOT NULL,
    routed_at      TIMESTAMP WITH TIME ZONE,
    seq            BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX ix_alert_events_alert ON alert_events (alert_id, seq);
CREATE INDEX ix_alert_events_routed ON alert_events (routed_at, seq);
