package io.casebook.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Configuration keys layered as DESIGN §4.1 says: {@code config/application.properties}, then JVM system
 * properties, then environment variables ({@code casebook.http.port} ← {@code CASEBOOK_HTTP_PORT}), then
 * explicit overrides (used by tests and tools).
 */
public final class Settings {

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Loads the layered settings; {@code overrides} win over everything else. */
    public static Settings load(Map<String, String> overrides) {
        Map<String, String> env = System.getenv();
        Properties sys = System.getProperties();
        String configDir = firstNonNull(overrides.get("casebook.config.dir"),
                sys.getProperty("casebook.config.dir"), env.get(envName("casebook.config.dir")), "config");
        Map<String, String> merged = new HashMap<>(readFile(Path.of(configDir, "application.properties")));
        merged.put("casebook.config.dir", configDir);
        for (String key : Map.copyOf(merged).keySet()) {
            String fromSys = sys.getProperty(key);
            String fromEnv = env.get(envName(key));
            if (fromSys != null) {
                merged.put(key, fromSys);
            }
            if (fromEnv != null) {
                merged.put(key, fromEnv);
            }
        }
        // System properties naming casebook.* keys absent from the file still count (e.g. ad-hoc tuning).
        sys.stringPropertyNames().stream().filter(k -> k.startsWith("casebook.") && !merged.containsKey(k))
                .forEach(k -> merged.put(k, sys.getProperty(k)));
        merged.putAll(overrides);
        return new Settings(merged);
    }

    /** {@code casebook.http.port} → {@code CASEBOOK_HTTP_PORT}. */
    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Missing configuration key " + key
                    + " (add it to config/application.properties or set " + envName(key) + ")");
        }
        return value.trim();
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String get(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    public int getInt(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Configuration key " + key + " must be an integer, got '" + value + "'");
        }
    }

    public int getInt(String key, int fallback) {
        return find(key).map(v -> getInt(key)).orElse(fallback);
    }

    public Path dataDir() {
        return Path.of(get("casebook.data.dir", "data"));
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static Map<String, String> readFile(Path file) {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k)));
        return out;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
