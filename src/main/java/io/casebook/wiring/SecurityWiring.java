package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.rest.AnonymousAuthenticator;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.rest.Authenticators;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.auth.ApiKeysApi;
import io.casebook.adapter.in.rest.auth.FailedLoginGuard;
import io.casebook.adapter.in.rest.auth.HttpAuthenticator;
import io.casebook.adapter.in.rest.auth.IngestAuthenticator;
import io.casebook.adapter.in.rest.auth.IngestPolicy;
import io.casebook.adapter.in.rest.auth.RateLimits;
import io.casebook.adapter.in.rest.auth.ThrottledAuthenticator;
import io.casebook.adapter.in.security.IngestFile;
import io.casebook.adapter.in.security.IngestFileLoader;
import io.casebook.adapter.in.security.RolesFileLoader;
import io.casebook.adapter.in.security.UsersFile;
import io.casebook.adapter.out.audit.Slf4jAuditLog;
import io.casebook.adapter.out.crypto.BcryptPasswordHasher;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcApiKeyStore;
import io.casebook.adapter.out.jdbc.JdbcBuiltinPasswordStore;
import io.casebook.adapter.out.jdbc.JsonColumns;
import io.casebook.application.security.ApiKeySecrets;
import io.casebook.application.security.ApiKeys;
import io.casebook.application.security.AuditLog;
import io.casebook.application.security.Authentication;
import io.casebook.application.security.CredentialCache;
import io.casebook.application.security.ElasticBootstrap;
import io.casebook.application.security.IngestRoles;
import io.casebook.application.security.IngestSenders;
import io.casebook.application.security.Principal;
import io.casebook.application.security.UserAccount;
import io.casebook.application.security.UserAccounts;
import io.casebook.config.Settings;
import io.casebook.domain.security.Role;
import io.casebook.domain.security.RoleBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Authentication, authorization's roles, API keys, alert senders, rate limits and the audit log: reads
 * users.yaml, roles.yaml and ingest.yaml and settles the {@code elastic} password before anything listens (a bad
 * file stops startup), and gives the dispatcher its authenticators and role book.
 */
public final class SecurityWiring {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityWiring.class);
    /** The environment variable that sets the elastic password; it wins over the setting. */
    public static final String ELASTIC_PASSWORD_ENV = "CASEBOOK_ELASTIC_PASSWORD";

    private final AuditLog audit;
    private final Authenticators authenticators;
    private final ApiKeysApi apiKeysApi;
    private final Map<String, String> mdc;
    private final RoleBook roleBook;

    /**
     * {@code userAuthenticator} replaces how API users are authenticated (tests act as users with given roles
     * through the engine's overrides); null keeps HTTP Basic and API keys.
     */
    public SecurityWiring(Database database, ObjectMapper mapper, Settings settings, Clock clock,
                          Function<String, String> environment, PrintStream console, RequestBodies bodies,
                          Authenticator userAuthenticator) {
        RoleBook configuredRoles = new RolesFileLoader().read(rolesFile(settings));
        this.audit = new Slf4jAuditLog(mapper, settings.dataDir(), Clock.systemUTC());
        this.mdc = Map.of(Slf4jAuditLog.DIR_KEY, settings.dataDir().toAbsolutePath().toString());
        ApiKeys apiKeys = new ApiKeys(new JdbcApiKeyStore(database.jdbi(), new JsonColumns(mapper)),
                new ApiKeySecrets(new SecureRandom()), audit, clock);
        this.apiKeysApi = new ApiKeysApi(apiKeys, bodies);
        AnonymousAuthenticator nobody = new AnonymousAuthenticator("anonymous", List.of());
        if (!Boolean.parseBoolean(settings.get("casebook.auth.enabled", "true"))) {
            this.roleBook = configuredRoles;
            String user = settings.get("casebook.auth.anonymous-user", "elastic");
            LOG.warn("Authentication is OFF (casebook.auth.enabled=false): every API request acts as {} with "
                    + "superuser rights. For local trials only; never expose this instance.", user);
            AnonymousAuthenticator anyone = new AnonymousAuthenticator(user, List.of(Principal.SUPERUSER));
            this.authenticators = userAuthenticator != null
                    ? new Authenticators(userAuthenticator, userAuthenticator, nobody)
                    : new Authenticators(anyone, anyone, nobody);
            return;
        }
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(settings.getInt("casebook.auth.password-hash-cost", 12));
        List<UserAccount> accounts = new ArrayList<>(new UsersFile(hasher).read(usersFile(settings)));
        ElasticBootstrap bootstrap = new ElasticBootstrap(new JdbcBuiltinPasswordStore(database.jdbi()), hasher,
                audit, console::println, new SecureRandom());
        accounts.add(bootstrap.account(elasticPassword(settings, environment)));
        Authentication authentication = new Authentication(new UserAccounts(accounts), hasher,
                new CredentialCache<>(settings.getInt("casebook.auth.cache-ttl-ms", 1_200_000)), apiKeys, audit);
        LOG.info("Authentication on: {} user(s) from {} plus elastic", accounts.size() - 1, usersFile(settings));
        Set<String> logins = new HashSet<>();
        accounts.forEach(a -> logins.add(a.user().username()));
        IngestFile ingestFile = new IngestFileLoader(hasher, environment, logins).read(ingestFile(settings));
        IngestSenders senders = new IngestSenders(ingestFile.sources(), ingestFile.integrations(), hasher,
                new CredentialCache<>(settings.getInt("casebook.auth.cache-ttl-ms", 1_200_000)), audit);
        this.roleBook = withIngestRoles(configuredRoles, ingestFile);
        RateLimits limits = new RateLimits(audit);
        Authenticator basicOrKey = userAuthenticator != null ? userAuthenticator
                : new HttpAuthenticator(authentication);
        // One failed-login budget per address, shared by the API and the alert webhooks.
        int failedLogins = settings.getInt("casebook.auth.failed-logins-per-minute", 30);
        Authenticator users = new ThrottledAuthenticator(new FailedLoginGuard(basicOrKey, limits, failedLogins),
                limits, settings.getInt("casebook.api.rate-per-second", 100));
        IngestPolicy policy = ingestPolicy(settings, senders);
        // A user posting alerts spends the ingest budget, not the API one as well.
        this.authenticators = new Authenticators(users, userAuthenticator != null ? users
                : new FailedLoginGuard(new IngestAuthenticator(senders, basicOrKey, policy, limits, audit,
                mapper.getFactory()), limits, failedLogins), nobody);
    }

    private static IngestPolicy ingestPolicy(Settings settings, IngestSenders senders) {
        // Secure by default: a sender without credentials is refused unless the operator opts out explicitly.
        String setting = settings.find("casebook.ingest.require-token").orElse("true");
        if (!setting.equals("true") && !setting.equals("false")) {
            throw new IllegalStateException("casebook.ingest.require-token must be true or false, got '"
                    + setting + "'");
        }
        boolean requireToken = Boolean.parseBoolean(setting);
        LOG.info("Alert ingest: {} token source(s), {} PagerDuty integration(s) from {}", senders.sources().size(),
                senders.hasIntegrations() ? "some" : "no", ingestFile(settings));
        if (!requireToken) {
            LOG.warn("Alert ingest is OPEN (casebook.ingest.require-token=false): POST /api/alerts... and "
                    + "/v2/enqueue accept alerts from anyone who can reach them. Configure senders in {} (README "
                    + "\"Alert senders\") or keep these paths reachable only by your alert senders.",
                    ingestFile(settings));
        }
        return new IngestPolicy(requireToken, settings.getInt("casebook.ingest.rate-per-second", 500),
                settings.getInt("casebook.ingest.max-body-bytes", 1_048_576));
    }

    /** The configured roles plus the alert senders' own (ingest only, in their spaces). */
    private static RoleBook withIngestRoles(RoleBook configured, IngestFile ingestFile) {
        List<Role> roles = new ArrayList<>();
        configured.names().stream().filter(n -> !n.equals(RoleBook.SUPERUSER))
                .forEach(n -> configured.role(n).ifPresent(roles::add));
        roles.addAll(IngestRoles.of(ingestFile.sources()));
        return new RoleBook(roles);
    }

    private static Path ingestFile(Settings settings) {
        return settings.find("casebook.ingest.file").map(Path::of)
                .orElseGet(() -> Path.of(settings.get("casebook.config.dir", "config"), "ingest.yaml"));
    }

    private static Path rolesFile(Settings settings) {
        return settings.find("casebook.auth.roles-file").map(Path::of)
                .orElseGet(() -> Path.of(settings.get("casebook.config.dir", "config"), "roles.yaml"));
    }

    private static Path usersFile(Settings settings) {
        return settings.find("casebook.auth.users-file").map(Path::of)
                .orElseGet(() -> Path.of(settings.get("casebook.config.dir", "config"), "users.yaml"));
    }

    private static Optional<String> elasticPassword(Settings settings, Function<String, String> environment) {
        String fromEnv = environment.apply(ELASTIC_PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        // Not trimmed, unlike other settings: a password may end in a space.
        return Optional.ofNullable(settings.asMap().get("casebook.auth.elastic-password")).filter(p -> !p.isEmpty());
    }

    public RoleBook roleBook() {
        return roleBook;
    }

    public Authenticators authenticators() {
        return authenticators;
    }

    public List<ApiModule> apiModules() {
        return List.of(apiKeysApi);
    }

    /** The diagnostic context the dispatcher holds while serving a request (the audit log's data dir). */
    public Map<String, String> requestMdc() {
        return mdc;
    }

    /** For the authorization layer: where "privilege denied" events go. */
    public AuditLog auditLog() {
        return audit;
    }
}
