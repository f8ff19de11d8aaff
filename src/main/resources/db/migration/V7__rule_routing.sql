-- Rules routing: Kibana's oracle (one row per group of a rule: window counter and current case), the circuit
-- breaker of each rule and period, the identity of the cases rules open, and the router's bookkeeping on
-- alert events. Portable SQL: runs on H2 (MODE=PostgreSQL) and PostgreSQL.

-- kind 'group': one group of a rule; group_key = sha256 of [rule id, space, owner, {field: value}].
-- kind 'breaker': one rule and breaker period; cases_opened counts the new cases the rule opened in it, and
-- its case is the period's storm case. Locking a row is what serialises decisions about it across consumers
-- and instances; counter, continuation and opened_at are the window of the current case.
CREATE TABLE rule_groups (
    group_key    VARCHAR(64)  PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    rule_id      VARCHAR(255) NOT NULL,
    space_id     VARCHAR(255) NOT NULL,
    owner        VARCHAR(32)  NOT NULL,
    grouping     VARCHAR      NOT NULL,
    counter      INTEGER      NOT NULL,
    continuation INTEGER      NOT NULL,
    case_id      VARCHAR(64),
    opened_at    TIMESTAMP WITH TIME ZONE,
    cases_opened INTEGER      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rule_groups_rule ON rule_groups (rule_id);

-- The case a rule opened carries its rule and its deterministic key (<group or breaker key>:<counter>:
-- <continuation>); the case id is derived from the key. The unique key is the last word when consumers race.
ALTER TABLE cases ADD COLUMN rule_id VARCHAR(255);
ALTER TABLE cases ADD COLUMN rule_key VARCHAR(160);
CREATE UNIQUE INDEX uq_cases_rule_key ON cases (rule_key);
CREATE INDEX ix_cases_rule ON cases (rule_id);

-- Failed routing attempts of an event; after casebook.rules.router-max-attempts the event is parked
-- (parked_at set, the last error kept) instead of being retried forever.
ALTER TABLE alert_events ADD COLUMN route_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE alert_events ADD COLUMN route_error VARCHAR(2000);
ALTER TABLE alert_events ADD COLUMN parked_at TIMESTAMP WITH TIME ZONE;

-- The rules that have applied an event of an alert that several rules take (continue: true): each rule's
-- share commits on its own, and the event counts as routed once every rule is here.
CREATE TABLE alert_event_rules (
    event_id VARCHAR(64)  NOT NULL REFERENCES alert_events (id) ON DELETE CASCADE,
    rule_id  VARCHAR(255) NOT NULL,
    PRIMARY KEY (event_id, rule_id)
);
