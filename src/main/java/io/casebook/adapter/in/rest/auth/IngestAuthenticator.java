package io.casebook.adapter.in.rest.auth;

import com.fasterxml.jackson.core.JsonFactory;
import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.rest.ClientAddress;
import io.casebook.application.security.AuditEvent;
import io.casebook.application.security.AuditLog;
import io.casebook.application.security.AuthenticationException;
import io.casebook.application.security.Credentials;
import io.casebook.application.security.IngestGrant;
import io.casebook.application.security.IngestRoles;
import io.casebook.application.security.IngestSenders;
import io.casebook.application.security.IngestSource;
import io.casebook.application.security.PagerDutyIntegration;
import io.casebook.application.security.Principal;
import io.casebook.domain.User;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Alert senders, on {@code POST /api/alerts[/<format>]} and {@code /v2/enqueue}: a bearer token or Basic login
 * of ingest.yaml is that source; other credentials are that user (whose roles need alerts {@code all}); on
 * {@code /v2/enqueue}, the body's routing key names a PagerDuty integration (PagerDuty's model: no headers).
 * Without credentials a sender is refused (401, audited) when {@code casebook.ingest.require-token} holds, and
 * let in as the anonymous sender otherwise. Each sender then spends its request budget: over it, 429 with
 * {@code Retry-After}. On {@code /v2/enqueue} an unknown routing key and an exhausted budget are not thrown but
 * handed to the handler in the {@link IngestGrant}, which answers them in PagerDuty's words.
 */
public final class IngestAuthenticator implements Authenticator {

    static final String ANONYMOUS_SENDER = "alert-sender";
    private static final String PAGERDUTY_PATH = "/v2/enqueue";

    private final IngestSenders senders;
    private final Authenticator users;
    private final IngestPolicy policy;
    private final RateLimits limits;
    private final AuditLog audit;
    private final RoutingKeys routingKeys;

    public IngestAuthenticator(IngestSenders senders, Authenticator users, IngestPolicy policy, RateLimits limits,
                               AuditLog audit, JsonFactory json) {
        this.senders = senders;
        this.users = users;
        this.policy = policy;
        this.limits = limits;
        this.audit = audit;
        this.routingKeys = new RoutingKeys(json);
    }

    /** Who sent it, how many requests per second it may make, and under which key that budget is counted. */
    private record Sender(Principal principal, String budgetKey, int perSecond) {
    }

    @Override
    public Principal authenticate(Message request) {
        String path = request.getHeader(Exchange.HTTP_PATH, String.class);
        String address = ClientAddress.of(request);
        boolean pagerDuty = path != null && path.endsWith(PAGERDUTY_PATH);
        Credentials credentials = AuthorizationHeader.parseIngest(request.getHeader("Authorization", String.class));
        Sender sender;
        if (credentials instanceof Credentials.Missing) {
            if (pagerDuty && (senders.hasIntegrations() || policy.requireToken())) {
                sender = byRoutingKey(request, address, path);
            } else if (policy.requireToken()) {
                audit.record(AuditEvent.failure(AuditEvent.ANONYMOUS_ACCESS_DENIED, null, address,
                        Map.of("reason", "missing ingest credentials", "path", String.valueOf(path))));
                throw new UnauthorizedException("Unauthorized");
            } else {
                sender = new Sender(anonymous(), "ip:" + address, policy.ratePerSecond());
            }
        } else if (credentials instanceof Credentials.Bearer
                || credentials instanceof Credentials.Password p && senders.isSourceLogin(p.username())) {
            sender = source(credentials, address, path);
        } else {
            Principal user = users.authenticate(request);
            sender = new Sender(user.withIngest(grant(null, Set.of(), Map.of())), "sender:" + user.user().username(),
                    policy.ratePerSecond());
        }
        Principal caller = sender.principal();
        if (pagerDuty && !(credentials instanceof Credentials.Missing) && senders.hasIntegrations()) {
            caller = withIntegration(caller, request);
        }
        OptionalLong wait = limits.acquire(sender.budgetKey(), sender.perSecond(), caller.user().username(), address,
                path);
        if (wait.isEmpty()) {
            return caller;
        }
        if (pagerDuty) {
            return caller.withIngest(caller.ingest().refused(IngestGrant.Refusal.THROTTLED, wait.getAsLong()));
        }
        throw new TooManyRequestsException(wait.getAsLong());
    }

    private Sender source(Credentials credentials, String address, String path) {
        IngestSource source;
        try {
            source = senders.authenticate(credentials, address, path);
        } catch (AuthenticationException e) {
            throw new UnauthorizedException(credentials instanceof Credentials.Password p
                    ? "[security_exception]: unable to authenticate user [" + p.username() + "] for REST request ["
                    + path + "]" : "Unauthorized");
        }
        Principal principal = Principal.ingestSource(source.name(), List.of(source.roleName()),
                grant(source.name(), source.formats(), Map.of("ingest_source", source.name())));
        int rate = source.ratePerSecond() != null ? source.ratePerSecond() : policy.ratePerSecond();
        return new Sender(principal, "source:" + source.name(), rate);
    }

    /** {@code /v2/enqueue} without headers: the routing key is the credential, as at PagerDuty. */
    private Sender byRoutingKey(Message request, String address, String path) {
        String key = routingKey(request);
        Optional<PagerDutyIntegration> integration = senders.integration(key);
        if (integration.isPresent()) {
            PagerDutyIntegration found = integration.get();
            Principal principal = Principal.ingestSource(found.name(), List.of(IngestRoles.ANY_SPACE),
                    grant(found.name(), Set.of(), found.labels()));
            int rate = found.ratePerSecond() != null ? found.ratePerSecond() : policy.ratePerSecond();
            return new Sender(principal, "integration:" + found.name(), rate);
        }
        if (key != null) {
            audit.record(AuditEvent.failure(AuditEvent.AUTHENTICATION_FAILED, null, address, Map.of("reason",
                    "unknown routing key", "method", "pagerduty_routing_key", "path", String.valueOf(path))));
        }
        // Refused by the handler once the event is read: PagerDuty checks the event before the key.
        Principal unknown = anonymous().withIngest(grant(null, Set.of(), Map.of())
                .refused(IngestGrant.Refusal.UNKNOWN_ROUTING_KEY, 0));
        return new Sender(unknown, "ip:" + address, policy.ratePerSecond());
    }

    /** A user or source posting to {@code /v2/enqueue}: the routing key must still name an integration. */
    private Principal withIntegration(Principal caller, Message request) {
        Optional<PagerDutyIntegration> integration = senders.integration(routingKey(request));
        IngestGrant grant = caller.ingest();
        if (integration.isEmpty()) {
            return caller.withIngest(grant.refused(IngestGrant.Refusal.UNKNOWN_ROUTING_KEY, 0));
        }
        Map<String, String> labels = new LinkedHashMap<>(grant.labels());
        labels.putAll(integration.get().labels());
        return caller.withIngest(new IngestGrant(grant.sender(), grant.formats(), labels, grant.reserved(),
                grant.refusal(), grant.retryAfterSeconds()));
    }

    private String routingKey(Message request) {
        String body = request.getBody(String.class);
        request.setBody(body); // read once more by the dispatcher
        if (body == null || body.getBytes(StandardCharsets.UTF_8).length > policy.maxBodyBytes()) {
            return null;
        }
        return routingKeys.find(body);
    }

    private Principal anonymous() {
        return Principal.anonymous(User.named(ANONYMOUS_SENDER), List.of(IngestRoles.ANY_SPACE))
                .withIngest(grant(null, Set.of(), Map.of()));
    }

    /** Once ingest.yaml names senders, the labels that say which one sent an alert are Casebook's alone. */
    private IngestGrant grant(String sender, Set<String> formats, Map<String, String> labels) {
        Set<String> reserved = senders.configured() ? IngestGrant.RESERVED_LABELS : Set.of();
        return new IngestGrant(sender, formats, labels, reserved, IngestGrant.Refusal.NONE, 0);
    }
}
