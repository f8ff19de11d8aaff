package io.casebook.adapter.out.jdbc;

import io.casebook.application.port.RuleGroupStore;
import io.casebook.application.rules.GroupState;
import io.casebook.application.rules.HeldAlert;
import io.casebook.domain.Owner;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link RuleGroupStore} over {@code rule_groups}. {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2 since
 * 2.2) lets a consumer pass over a group another one is deciding about instead of queueing behind it.
 */
public final class JdbcRuleGroupStore implements RuleGroupStore {

    private static final RowMapper<GroupState> MAPPER = (rs, ctx) -> new GroupState(rs.getString("group_key"),
            GroupState.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("rule_id"),
            rs.getString("space_id"), Owner.fromWire(rs.getString("owner")).orElseThrow(), rs.getString("grouping"),
            rs.getInt("counter"), rs.getInt("continuation"), rs.getString("case_id"),
            CaseRowMapper.instant(rs, "opened_at"), rs.getInt("cases_opened"));

    private final Jdbi jdbi;

    public JdbcRuleGroupStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<GroupState> tryLock(GroupState fresh) {
        return jdbi.withHandle(h -> {
            Optional<GroupState> locked = select(h, fresh.key(), " FOR UPDATE SKIP LOCKED");
            if (locked.isPresent()) {
                return locked;
            }
            // Missing, or held: an insert that wins holds the new row; one that loses leaves it to its holder.
            if (insert(h, fresh) == 1) {
                return Optional.of(fresh);
            }
            return select(h, fresh.key(), " FOR UPDATE SKIP LOCKED");
        });
    }

    @Override
    public GroupState lock(GroupState fresh) {
        return jdbi.withHandle(h -> {
            insert(h, fresh);
            return select(h, fresh.key(), " FOR UPDATE").orElseThrow();
        });
    }

    @Override
    public Optional<GroupState> tryLockExisting(String key) {
        return jdbi.withHandle(h -> select(h, key, " FOR UPDATE SKIP LOCKED"));
    }

    @Override
    public Optional<GroupState> find(String key) {
        return jdbi.withHandle(h -> select(h, key, ""));
    }

    @Override
    public void save(GroupState s, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE rule_groups SET counter = :counter, continuation = :continuation, "
                        + "case_id = :case_id, opened_at = :opened_at, cases_opened = :cases_opened, "
                        + "updated_at = :now WHERE group_key = :key")
                .bind("counter", s.counter()).bind("continuation", s.continuation()).bind("case_id", s.caseId())
                .bind("opened_at", JdbcCaseStore.ts(s.openedAt())).bind("cases_opened", s.casesOpened())
                .bind("now", JdbcCaseStore.ts(now)).bind("key", s.key()).execute());
    }

    @Override
    public List<HeldAlert> casesHolding(String ruleId, String space, Collection<String> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT c.id, c.rule_key, ca.alert_id FROM case_alerts ca "
                        + "JOIN cases c ON c.id = ca.case_id WHERE ca.alert_id IN (<ids>) AND c.rule_id = :rule "
                        + "AND c.space_id = :space ORDER BY c.created_at, c.id")
                .bindList("ids", List.copyOf(alertIds)).bind("rule", ruleId).bind("space", space)
                .map((rs, ctx) -> new HeldAlert(rs.getString("id"), rs.getString("rule_key"),
                        rs.getString("alert_id")))
                .list());
    }

    private static Optional<GroupState> select(Handle h, String key, String locking) {
        return h.createQuery("SELECT * FROM rule_groups WHERE group_key = :key" + locking)
                .bind("key", key).map(MAPPER).findOne();
    }

    private static int insert(Handle h, GroupState s) {
        return h.createUpdate("INSERT INTO rule_groups (group_key, kind, rule_id, space_id, owner, grouping, "
                        + "counter, continuation, case_id, opened_at, cases_opened, created_at, updated_at) VALUES "
                        + "(:key, :kind, :rule, :space, :owner, :grouping, :counter, :continuation, :case_id, :opened_at, "
                        + ":cases_opened, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING")
                .bind("key", s.key()).bind("kind", s.kind().wire()).bind("rule", s.ruleId())
                .bind("space", s.space()).bind("owner", s.owner().wire()).bind("grouping", s.grouping())
                .bind("counter", s.counter()).bind("continuation", s.continuation()).bind("case_id", s.caseId())
                .bind("opened_at", JdbcCaseStore.ts(s.openedAt())).bind("cases_opened", s.casesOpened())
                .execute();
    }
}
