package io.casebook.adapter.in.security;

import org.yaml.snakeyaml.nodes.Node;

import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of ingest.yaml, which never live in the file in clear: a token or routing key is either its
 * SHA-256 (hex) or {@code ${env:VAR}}, read from the environment at startup to be hashed at once.
 */
final class IngestSecretReader {

    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-fA-F]{64}$");
    private static final Pattern ENV = Pattern.compile("^\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}$");

    private final Function<String, String> environment;

    IngestSecretReader(Function<String, String> environment) {
        this.environment = environment;
    }

    static byte[] digest(YamlNodes yaml, Node node, String where) {
        String hex = yaml.text(node, where);
        if (!SHA256_HEX.matcher(hex).matches()) {
            throw yaml.error(node, where + ": expected 64 hexadecimal characters (printf %s \"$SECRET\" | sha256sum)");
        }
        return HexFormat.of().parseHex(hex.toLowerCase());
    }

    /** A clear secret, only ever from the environment: read and hashed at startup, never kept. */
    String clear(YamlNodes yaml, Node node, String where, String what) {
        String text = yaml.text(node, where);
        Matcher env = ENV.matcher(text.trim());
        if (!env.matches()) {
            throw yaml.error(node, where + ": a clear " + what + " is not accepted in the file; give ${env:VARIABLE}"
                    + " or its SHA-256 as " + where.substring(where.lastIndexOf('.') + 1) + "_sha256");
        }
        String value = environment.apply(env.group(1));
        if (value == null || value.isEmpty()) {
            throw yaml.error(node, where + ": environment variable " + env.group(1) + " is not set");
        }
        if (what.equals("token") && value.length() < IngestFileLoader.MIN_TOKEN_LENGTH) {
            throw yaml.error(node, where + ": the token in " + env.group(1) + " is shorter than " + IngestFileLoader.MIN_TOKEN_LENGTH
                    + " characters; make one with `openssl rand -hex 32`");
        }
        return value;
    }
}
