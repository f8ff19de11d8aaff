package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.rest.AnonymousAuthenticator;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.Authenticator;
import io.casebook.adapter.in.rest.Authenticators;
import io.casebook.adapter.in.rest.RequestBodies;
import io.casebook.adapter.in.rest.auth.ApiKeysApi;
import io.casebook.adapter.in.rest.auth.HttpAuthenticator;
import io.casebook.adapter.in.rest.auth.IngestAuthenticator;
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
import io.casebook.application.security.Principal;
import io.casebook.application.security.UserAccount;
import io.casebook.application.security.UserAccounts;
import io.casebook.config.Settings;
import io.casebook.domain.security.RoleBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Authentication, authorization's roles, API keys and the audit log: reads users.yaml and roles.yaml and settles
 * the {@code elastic} password before anything listens (a bad file stops startup), and gives the dispatcher its
 * authenticators and role book.
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
        this.roleBook = new RolesFileLoader().read(rolesFile(settings));
        this.audit = new Slf4jAuditLog(mapper, settings.dataDir(), Clock.systemUTC());
        this.mdc = Map.of(Slf4jAuditLog.DIR_KEY, settings.dataDir().toAbsolutePath().toString());
        ApiKeys apiKeys = new ApiKeys(new JdbcApiKeyStore(database.jdbi(), new JsonColumns(mapper)),
                new ApiKeySecrets(new SecureRandom()), audit, clock);
        this.apiKeysApi = new ApiKeysApi(apiKeys, bodies);
        AnonymousAuthenticator nobody = new AnonymousAuthenticator("anonymous", List.of());
        // Alert senders are not authenticated yet (per-source ingest tokens are to come): they may ingest.
        AnonymousAuthenticator sender = new AnonymousAuthenticator("alert-sender", List.of(Principal.SUPERUSER));
        if (!Boolean.parseBoolean(settings.get("casebook.auth.enabled", "true"))) {
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
                new CredentialCache(settings.getInt("casebook.auth.cache-ttl-ms", 1_200_000)), apiKeys, audit);
        LOG.info("Authentication on: {} user(s) from {} plus elastic", accounts.size() - 1, usersFile(settings));
        Authenticator users = userAuthenticator != null ? userAuthenticator : new HttpAuthenticator(authentication);
        this.authenticators = new Authenticators(users,
                userAuthenticator != null ? userAuthenticator : new IngestAuthenticator(users, sender), nobody);
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
