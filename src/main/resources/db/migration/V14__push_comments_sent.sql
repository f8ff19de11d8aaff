-- The comments a push has already delivered to a connector, written as soon as the external system accepted
-- each one (outside the push's own transaction: the push may still fail on a later call). A retry of that push
-- skips them, so a failure part-way through a push (a 503 on the second comment) does not send the first one
-- again. comment_key names one version of a comment (attachment id and version; for the alerts summary, the
-- newest alert it counts), so an edit made meanwhile is still sent. A successful push, which records the
-- `pushed` user action the next push starts from, deletes the case's rows for that connector; deleting the case
-- deletes them too. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE push_comment_sent (
    space_id     VARCHAR(255) NOT NULL,
    case_id      VARCHAR(64)  NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    connector_id VARCHAR(255) NOT NULL,
    comment_key  VARCHAR(400) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (space_id, case_id, connector_id, comment_key)
);
