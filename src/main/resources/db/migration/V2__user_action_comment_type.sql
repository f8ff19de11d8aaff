-- The attachment type of comment user actions (Kibana's payload.comment.type: user, alert, ...), copied out of
-- the JSON payload on write so user_actions/_find can filter on Kibana's pseudo-types (user, alert,
-- attachment, action) with the same plain SQL on H2 and PostgreSQL. Actions without a comment keep NULL.
ALTER TABLE case_user_actions ADD COLUMN comment_type VARCHAR(64);
