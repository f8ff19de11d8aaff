package io.casebook.application.port;

import io.casebook.application.rules.GroupState;
import io.casebook.application.rules.HeldAlert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules' oracle: one row per group (and per rule's breaker period), locked while a decision about it is
 * taken so that consumers and instances take it one at a time. Calls inside a transaction share it.
 */
public interface RuleGroupStore {

    /**
     * The row of {@code fresh.key()}, inserted as {@code fresh} when missing, locked until the transaction
     * ends; empty when another transaction holds it (the caller comes back later instead of waiting).
     */
    Optional<GroupState> tryLock(GroupState fresh);

    /** As {@link #tryLock}, but waits for another holder to finish. */
    GroupState lock(GroupState fresh);

    /** An existing row, locked, or empty when it is missing or another transaction holds it. */
    Optional<GroupState> tryLockExisting(String key);

    /** The row as last committed, without locking (dry runs). */
    Optional<GroupState> find(String key);

    void save(GroupState state, Instant now);

    /** Which cases opened by the rule (in its space) hold each of these stored alerts. */
    List<HeldAlert> casesHolding(String ruleId, String space, Collection<String> alertIds);
}
