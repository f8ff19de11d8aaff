package io.casebook.application.port;

import io.casebook.domain.Case;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of cases. Calls made inside {@link Transactions#inTransaction} share its transaction. */
public interface CaseStore {

    /** Takes the next human-readable number for the space; unique and increasing, also across instances. */
    long nextIncrementalId(String space);

    void insert(Case theCase);

    /**
     * Inserts a case a rule opens under its rule key, unique among cases; writes nothing and answers false
     * when a case with that key (or id) already exists (a retry, or another consumer got there first).
     */
    boolean insertForRule(Case theCase, String ruleId, String ruleKey);

    Optional<Case> find(String space, String id);

    /** The case a rule opened under this key, whatever its space. */
    Optional<Case> findByRuleKey(String ruleKey);

    /** The cases of {@code ids} that exist in the space, in no particular order. */
    List<Case> findAll(String space, Collection<String> ids);

    /**
     * Writes the case if its stored version is still {@code expectedVersion}, bumping the version.
     *
     * @return false when another writer got there first (the caller answers 409)
     */
    boolean update(Case theCase, long expectedVersion);

    /** Deletes the cases with everything attached to them (attachments, alerts, user actions). */
    void delete(String space, Collection<String> ids);
}
