package io.casebook.adapter.in.security;

import io.casebook.application.security.IngestSenders;
import io.casebook.application.security.IngestSource;
import io.casebook.application.security.PagerDutyIntegration;
import io.casebook.application.security.PasswordHasher;
import io.casebook.domain.Owner;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads ingest.yaml (its format is documented at the top of {@code config/ingest.yaml}): token and Basic alert
 * senders and PagerDuty integrations. Clear secrets never live in the file: a token or routing key is given as
 * its SHA-256, or as {@code ${env:VAR}} read at startup and hashed at once; a Basic password as a bcrypt hash.
 * Whatever is wrong stops startup with {@code <file>:<line>: <reason>}; a missing or empty file configures none.
 */
public final class IngestFileLoader {

    /** The formats a source may be limited to: the ingest paths' names (Grafana posts to the alertmanager one). */
    public static final Set<String> FORMATS = Set.of("native", "alertmanager", "elastic", "pagerduty");
    /** A clear token from the environment must be at least this long: a fast hash is safe only for long secrets. */
    static final int MIN_TOKEN_LENGTH = 20;
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_.\\-]{1,64}$");
    private static final Pattern SPACE_ID = Pattern.compile("^[a-z0-9_\\-]+$");
    private static final Pattern USERNAME = Pattern.compile("^[\\p{Graph}&&[^:]]{1,507}$");
    private static final Set<String> SOURCE_KEYS = Set.of("token_sha256", "token", "basic", "formats", "spaces",
            "rate_per_second");
    private static final Set<String> INTEGRATION_KEYS = Set.of("routing_key_sha256", "routing_key", "space", "owner",
            "rate_per_second");
    private static final int ROUTING_KEY_LENGTH = 32;

    private final PasswordHasher hasher;
    private final IngestSecretReader secrets;
    private final Set<String> userNames;

    /** {@code userNames}: the users' logins (users.yaml and elastic), which a source's Basic login may not reuse. */
    public IngestFileLoader(PasswordHasher hasher, Function<String, String> environment, Set<String> userNames) {
        this.hasher = hasher;
        this.secrets = new IngestSecretReader(environment);
        this.userNames = Set.copyOf(userNames);
    }

    public IngestFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            return IngestFile.EMPTY;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parse(file, compose(file, text));
        } catch (IOException e) {
            throw new IngestFileException(file, 0, "cannot read the file: " + e);
        } catch (RolesFileException e) {
            // YamlNodes speaks roles.yaml's exception; the place and the reason are the same.
            throw new IngestFileException(file, e.line(), e.reason());
        }
    }

    private static Node compose(Path file, String text) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new IngestFileException(file, mark == null ? 0 : mark.getLine() + 1, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new IngestFileException(file, 0, "invalid YAML: " + e.getMessage());
        }
    }

    private IngestFile parse(Path file, Node root) {
        if (empty(root)) {
            return IngestFile.EMPTY;
        }
        YamlNodes yaml = new YamlNodes(file);
        Map<String, Node> top = yaml.mapping(root, "the file", Set.of("sources", "pagerduty_integrations"));
        Set<String> digests = new HashSet<>();
        Set<String> logins = new HashSet<>();
        List<IngestSource> sources = new ArrayList<>();
        for (NodeTuple entry : entries(yaml, top.get("sources"), "sources")) {
            sources.add(source(yaml, name(yaml, entry, "sources"), entry.getValueNode(), digests, logins));
        }
        Set<String> names = new HashSet<>();
        sources.forEach(source -> names.add(source.name()));
        List<PagerDutyIntegration> integrations = new ArrayList<>();
        for (NodeTuple entry : entries(yaml, top.get("pagerduty_integrations"), "pagerduty_integrations")) {
            String name = name(yaml, entry, "pagerduty_integrations");
            if (!names.add(name)) {
                throw yaml.error(entry.getKeyNode(), "pagerduty_integrations." + name
                        + ": a source has this name too; names label alerts, so each must be unique");
            }
            integrations.add(integration(yaml, name, entry.getValueNode(), digests));
        }
        return new IngestFile(sources, integrations);
    }

    private static List<NodeTuple> entries(YamlNodes yaml, Node node, String where) {
        if (empty(node)) {
            return List.of();
        }
        yaml.mapping(node, where, null);
        return ((MappingNode) node).getValue();
    }

    private static String name(YamlNodes yaml, NodeTuple entry, String where) {
        String name = yaml.text(entry.getKeyNode(), where);
        if (!NAME.matcher(name).matches()) {
            throw yaml.error(entry.getKeyNode(), where + ": \"" + name + "\" is not a name ([A-Za-z0-9_.-], at most "
                    + "64 characters)");
        }
        return name;
    }

    private IngestSource source(YamlNodes yaml, String name, Node node, Set<String> digests, Set<String> logins) {
        String where = "sources." + name;
        Map<String, Node> keys = yaml.mapping(node, where, SOURCE_KEYS);
        long given = keys.keySet().stream().filter(k -> Set.of("token_sha256", "token", "basic").contains(k)).count();
        if (given != 1) {
            throw yaml.error(node, where + ": give exactly one of token_sha256, token (${env:VAR}) or basic");
        }
        IngestSource.Credential credential;
        if (keys.containsKey("basic")) {
            credential = login(yaml, where + ".basic", keys.get("basic"), logins);
        } else {
            byte[] digest = keys.containsKey("token_sha256")
                    ? secrets.digest(yaml, keys.get("token_sha256"), where + ".token_sha256")
                    : IngestSenders.sha256(secrets.clear(yaml, keys.get("token"), where + ".token", "token"));
            if (!digests.add(HexFormat.of().formatHex(digest))) {
                throw yaml.error(node, where + ": the same token is given to another source");
            }
            credential = new IngestSource.Token(digest);
        }
        Set<String> formats = keys.containsKey("formats") ? yaml.texts(keys.get("formats"), where + ".formats")
                : Set.of();
        for (String format : formats) {
            if (format.equals("grafana")) {
                throw yaml.error(keys.get("formats"), where + ".formats: Grafana posts to /api/alerts/alertmanager; "
                        + "list alertmanager");
            }
            if (!FORMATS.contains(format)) {
                throw yaml.error(keys.get("formats"), where + ".formats: unknown format \"" + format
                        + "\" (known: alertmanager, elastic, native, pagerduty)");
            }
        }
        Set<String> spaces = keys.containsKey("spaces") ? yaml.texts(keys.get("spaces"), where + ".spaces")
                : Set.of("*");
        if (spaces.isEmpty()) {
            throw yaml.error(keys.get("spaces"), where + ".spaces: name at least one space, or \"*\"");
        }
        for (String space : spaces) {
            if (!space.equals("*") && !SPACE_ID.matcher(space).matches()) {
                throw yaml.error(keys.get("spaces"), where + ".spaces: \"" + space
                        + "\" is not a space id ([a-z0-9_-]+) or \"*\"");
            }
        }
        return new IngestSource(name, credential, formats, spaces, rate(yaml, keys.get("rate_per_second"), where));
    }

    private IngestSource.Login login(YamlNodes yaml, String where, Node node, Set<String> logins) {
        Map<String, Node> keys = yaml.mapping(node, where, Set.of("username", "password_hash"));
        if (!keys.containsKey("username") || !keys.containsKey("password_hash")) {
            throw yaml.error(node, where + ": username and password_hash are required");
        }
        String username = yaml.text(keys.get("username"), where + ".username");
        if (!USERNAME.matcher(username).matches()) {
            throw yaml.error(keys.get("username"), where + ".username: printable characters, no spaces or colons");
        }
        if (userNames.contains(username)) {
            throw yaml.error(keys.get("username"), where + ".username: \"" + username
                    + "\" is a user's login (users.yaml or elastic); give the source a login of its own");
        }
        if (!logins.add(username)) {
            throw yaml.error(keys.get("username"), where + ".username: \"" + username + "\" is another source's");
        }
        String hash = yaml.text(keys.get("password_hash"), where + ".password_hash");
        if (!hasher.isHash(hash)) {
            throw yaml.error(keys.get("password_hash"), where + ".password_hash: must be a bcrypt hash, never the "
                    + "password; " + UsersFile.HOW_TO_HASH);
        }
        return new IngestSource.Login(username, hash);
    }

    private PagerDutyIntegration integration(YamlNodes yaml, String name, Node node, Set<String> digests) {
        String where = "pagerduty_integrations." + name;
        Map<String, Node> keys = yaml.mapping(node, where, INTEGRATION_KEYS);
        if (keys.containsKey("routing_key_sha256") == keys.containsKey("routing_key")) {
            throw yaml.error(node, where + ": give exactly one of routing_key_sha256 or routing_key (${env:VAR})");
        }
        byte[] digest;
        if (keys.containsKey("routing_key_sha256")) {
            digest = secrets.digest(yaml, keys.get("routing_key_sha256"), where + ".routing_key_sha256");
        } else {
            String key = secrets.clear(yaml, keys.get("routing_key"), where + ".routing_key", "routing key");
            if (key.length() != ROUTING_KEY_LENGTH) {
                throw yaml.error(keys.get("routing_key"), where + ".routing_key: a PagerDuty routing key has "
                        + ROUTING_KEY_LENGTH + " characters, the variable holds " + key.length());
            }
            digest = IngestSenders.sha256(key);
        }
        if (!digests.add(HexFormat.of().formatHex(digest))) {
            throw yaml.error(node, where + ": this routing key is given twice");
        }
        String space = keys.containsKey("space") ? yaml.text(keys.get("space"), where + ".space") : "default";
        if (!SPACE_ID.matcher(space).matches()) {
            throw yaml.error(keys.get("space"), where + ".space: \"" + space + "\" is not a space id ([a-z0-9_-]+)");
        }
        String ownerText = keys.containsKey("owner") ? yaml.text(keys.get("owner"), where + ".owner") : "cases";
        Owner owner = Owner.fromWire(ownerText).orElseThrow(() -> yaml.error(keys.get("owner"), where
                + ".owner: \"" + ownerText + "\" is not cases, observability or securitySolution"));
        return new PagerDutyIntegration(name, digest, space, owner, rate(yaml, keys.get("rate_per_second"), where));
    }

    private static Integer rate(YamlNodes yaml, Node node, String where) {
        if (node == null) {
            return null;
        }
        String text = yaml.text(node, where + ".rate_per_second");
        try {
            int rate = Integer.parseInt(text);
            if (rate >= 0) {
                return rate;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw yaml.error(node, where + ".rate_per_second: expected a whole number of requests per second, 0 or more "
                + "(0 = unlimited)");
    }

    private static boolean empty(Node node) {
        return node == null || node instanceof ScalarNode s && s.getValue().isEmpty();
    }
}
