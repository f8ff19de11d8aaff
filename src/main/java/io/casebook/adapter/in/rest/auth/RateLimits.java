package io.casebook.adapter.in.rest.auth;

import io.casebook.application.security.AuditEvent;
import io.casebook.application.security.AuditLog;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Request budgets per caller (an ingest source, a PagerDuty integration, a user, or an anonymous sender's IP), and
 * failed-login budgets per client address: one resilience4j {@link RateLimiter} per key, so many permits each
 * second (or other period), never waiting. A refusal
 * says how long to wait, and is audited as {@code rate_limited} at most once per key per minute (with how many
 * were refused since), so that a flood does not flood the audit log too.
 */
public final class RateLimits {

    /** Keys kept at most (anonymous senders are counted by IP); past it the budgets start afresh. */
    static final int MAX_KEYS = 10_000;
    private static final long AUDIT_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private record Budget(AtomicRateLimiter limiter, AtomicLong lastAudit, AtomicLong refusedSince) {
    }

    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
    private final AuditLog audit;
    private final LongSupplier nanoTime;

    public RateLimits(AuditLog audit) {
        this(audit, System::nanoTime);
    }

    RateLimits(AuditLog audit, LongSupplier nanoTime) {
        this.audit = audit;
        this.nanoTime = nanoTime;
    }

    /**
     * Takes one permit of {@code key}'s budget: empty when admitted ({@code perSecond} 0 = unlimited), else the
     * whole seconds to wait before retrying (at least 1).
     */
    public OptionalLong acquire(String key, int perSecond, String user, String sourceAddress, String path) {
        return acquire(key, perSecond, ONE_SECOND, user, sourceAddress, path);
    }

    /** As {@link #acquire(String, int, String, String, String)}, with {@code permits} per {@code period}. */
    public OptionalLong acquire(String key, int permits, Duration period, String user, String sourceAddress,
                                String path) {
        if (permits <= 0) {
            return OptionalLong.empty();
        }
        Budget budget = budget(key, permits, period);
        if (budget.limiter().acquirePermission()) {
            return OptionalLong.empty();
        }
        return refused(budget, key, permits, period, user, sourceAddress, path);
    }

    /**
     * Whether {@code key}'s budget is spent, without taking a permit: empty while one is left, else the seconds to
     * wait (the refusal audited as {@link #acquire} audits it). With {@link #spend} it budgets what only some
     * requests cost (failed logins): check before the work, spend once it turned out to cost.
     */
    public OptionalLong exhausted(String key, int permits, Duration period, String user, String sourceAddress,
                                  String path) {
        if (permits <= 0) {
            return OptionalLong.empty();
        }
        Budget budget = budget(key, permits, period);
        if (budget.limiter().getMetrics().getAvailablePermissions() > 0) {
            return OptionalLong.empty();
        }
        return refused(budget, key, permits, period, user, sourceAddress, path);
    }

    /** Takes one permit of {@code key}'s budget if one is left; nothing is audited. */
    public void spend(String key, int permits, Duration period) {
        if (permits > 0) {
            budget(key, permits, period).limiter().acquirePermission();
        }
    }

    private OptionalLong refused(Budget budget, String key, int permits, Duration period, String user,
                                 String sourceAddress, String path) {
        long nanos = Math.max(0, budget.limiter().getDetailedMetrics().getNanosToWait());
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        auditAtMostPerMinute(budget, key, permits, period, user, sourceAddress, path);
        return OptionalLong.of(seconds);
    }

    private Budget budget(String key, int permits, Duration period) {
        String id = key + "@" + permits + (period.equals(ONE_SECOND) ? "" : "/" + period.toMillis() + "ms");
        Budget existing = budgets.get(id);
        if (existing != null) {
            return existing;
        }
        if (budgets.size() >= MAX_KEYS) {
            budgets.clear(); // crude but bounded, as the credential cache: the next requests start afresh
        }
        return budgets.computeIfAbsent(id, k -> new Budget(new AtomicRateLimiter(k, RateLimiterConfig.custom()
                .limitForPeriod(permits).limitRefreshPeriod(period).timeoutDuration(Duration.ZERO)
                .build()), new AtomicLong(nanoTime.getAsLong() - AUDIT_EVERY_NANOS), new AtomicLong()));
    }

    private void auditAtMostPerMinute(Budget budget, String key, int permits, Duration period, String user,
                                      String sourceAddress, String path) {
        long refused = budget.refusedSince().incrementAndGet();
        long now = nanoTime.getAsLong();
        long last = budget.lastAudit().get();
        if (now - last >= AUDIT_EVERY_NANOS && budget.lastAudit().compareAndSet(last, now)) {
            budget.refusedSince().addAndGet(-refused);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("limited", key);
            if (period.equals(ONE_SECOND)) {
                details.put("rate_per_second", permits);
            } else {
                details.put("limit", permits);
                details.put("period_seconds", period.toSeconds());
            }
            details.put("refused", refused);
            details.put("path", String.valueOf(path));
            audit.record(AuditEvent.failure(AuditEvent.RATE_LIMITED, user, sourceAddress, details));
        }
    }
}
