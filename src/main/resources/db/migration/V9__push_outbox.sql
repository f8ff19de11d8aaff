-- The push outbox: every push to a connector (asked through the API, or made on its own by auto-push and
-- status following) is a row here before anything is sent, so a push survives a restart. Portable SQL: runs on
-- H2 (MODE=PostgreSQL) and PostgreSQL.
--   state pending:    waiting for due_at (a coalescing window, or the backoff after a failed attempt);
--   state delivering: claimed by an engine until lease_until (renewed while it calls out; a killed engine's
--                     claim simply runs out and another poll takes the row again);
--   state failed:     the last attempt failed for good (bounded retries or a refusal): kept to show the error.
-- A successful push deletes its row (the case's `pushed` user action is the record) and the failed rows of the
-- same case and connector. pending_key is set only while pending, and unique: a case has at most one push
-- waiting per connector, so a burst of changes becomes one push.
CREATE TABLE push_outbox (
    id              VARCHAR(64)   PRIMARY KEY,
    space_id        VARCHAR(255)  NOT NULL,
    case_id         VARCHAR(64)   NOT NULL,
    connector_id    VARCHAR(255)  NOT NULL,
    reason          VARCHAR(16)   NOT NULL,
    requested_by    VARCHAR       NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    pending_key     VARCHAR(600),
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    last_error      VARCHAR(4000),
    last_attempt_at TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX uq_push_outbox_pending ON push_outbox (pending_key);
CREATE INDEX ix_push_outbox_due ON push_outbox (state, due_at);
CREATE INDEX ix_push_outbox_case ON push_outbox (space_id, case_id, connector_id);
