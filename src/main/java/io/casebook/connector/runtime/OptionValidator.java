package io.casebook.connector.runtime;

import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorOption;
import io.casebook.connector.spi.ConnectorType;
import io.casebook.connector.spi.OptionType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an instance's config and secrets against its type's options, then the type's own rules, and returns
 * them with defaults filled in. Messages follow Kibana's: {@code error validating action type config: [apiUrl]:
 * expected value of type [string] but got [undefined]}.
 */
public final class OptionValidator {

    private OptionValidator() {
    }

    /** The validated instance values: config with defaults, secrets as given. */
    public record Validated(Map<String, Object> config, Map<String, Object> secrets) {
    }

    /** Validates with every host allowed (preconfigured files: their calls are still checked when made). */
    public static Validated validate(ConnectorType type, Map<String, Object> config, Map<String, Object> secrets) {
        return validate(type, config, secrets, AllowedHosts.ANY);
    }

    /** Validates, refusing a URL option whose host {@code allowedHosts} does not list, as Kibana does. */
    public static Validated validate(ConnectorType type, Map<String, Object> config, Map<String, Object> secrets,
                                     AllowedHosts allowedHosts) {
        Map<String, Object> checkedConfig = check("config", type.configOptions(), config);
        checkHosts(type, checkedConfig, allowedHosts);
        Map<String, Object> checkedSecrets = check("secrets", type.secretOptions(), secrets);
        try {
            type.validate(checkedConfig, checkedSecrets);
        } catch (ConnectorConfigException e) {
            throw new ConnectorConfigException("error validating action type connector: " + e.getMessage());
        }
        return new Validated(checkedConfig, checkedSecrets);
    }

    /** Every URL option, in declaration order: the first one not allowed is named, as Kibana names its URL. */
    private static void checkHosts(ConnectorType type, Map<String, Object> config, AllowedHosts allowedHosts) {
        for (ConnectorOption option : type.configOptions()) {
            if (option.type() == OptionType.URL && config.get(option.key()) instanceof String url
                    && !allowedHosts.allows(url)) {
                throw new ConnectorConfigException("error validating action type config: "
                        + HostRefusalWording.prefix(type.id()) + AllowedHosts.refusal(url));
            }
        }
    }

    private static Map<String, Object> check(String part, List<ConnectorOption> options, Map<String, Object> given) {
        Map<String, Object> values = given == null ? Map.of() : given;
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : values.keySet()) {
            if (options.stream().noneMatch(o -> o.key().equals(key))) {
                throw invalid(part, key, "definition for this key is missing");
            }
        }
        for (ConnectorOption option : options) {
            Object value = values.get(option.key());
            if (value == null) {
                if (option.required()) {
                    throw invalid(part, option.key(), expected(option) + " but got [undefined]");
                }
                if (option.defaultValue() != null) {
                    out.put(option.key(), option.defaultValue());
                }
                continue;
            }
            String problem = OptionValues.problem(option, value);
            if (problem != null) {
                throw invalid(part, option.key(), problem);
            }
            out.put(option.key(), value);
        }
        return out;
    }

    static String expected(ConnectorOption option) {
        return "expected value of type [" + OptionValues.typeName(option.type()) + "]";
    }

    private static ConnectorConfigException invalid(String part, String key, String problem) {
        return new ConnectorConfigException("error validating action type " + part + ": [" + key + "]: " + problem);
    }
}
