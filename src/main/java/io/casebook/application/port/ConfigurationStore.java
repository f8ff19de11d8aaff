package io.casebook.application.port;

import io.casebook.domain.CaseConfiguration;
import io.casebook.domain.Owner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Persistence of case configurations, one per (space, owner). Joins a surrounding transaction. */
public interface ConfigurationStore {

    Optional<CaseConfiguration> find(String space, String id);

    Optional<CaseConfiguration> findByOwner(String space, Owner owner);

    /** The space's configurations of the given owners (all owners when empty), ordered by owner. */
    List<CaseConfiguration> list(String space, Collection<Owner> owners);

    /** Stores the configuration in place of any other for its (space, owner); safe against concurrent callers. */
    void replace(CaseConfiguration configuration);

    /**
     * Writes the configuration if its stored version is still {@code expectedVersion}.
     *
     * @return false when another writer got there first (the caller answers 409)
     */
    boolean update(CaseConfiguration configuration, long expectedVersion);
}
