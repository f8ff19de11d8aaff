package io.casebook.adapter.in.connectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.casebook.connector.runtime.ConnectorInstance;
import io.casebook.connector.runtime.ConnectorTypeRegistry;
import io.casebook.connector.runtime.OptionValidator;
import io.casebook.connector.spi.ConnectorConfigException;
import io.casebook.connector.spi.ConnectorType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the preconfigured connectors, one {@code <id>.yaml} each, at startup: resolves {@code ${env:VAR}},
 * validates against the type's options, and stops startup on the first bad file with its name and reason.
 * A missing directory means no preconfigured connectors.
 */
public final class ConnectorFileLoader {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final ConnectorTypeRegistry types;
    private final EnvReferences env;

    public ConnectorFileLoader(ConnectorTypeRegistry types, Function<String, String> environment) {
        this.types = types;
        this.env = new EnvReferences(environment);
    }

    public List<ConnectorInstance> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<ConnectorInstance> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                out.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list connectors in " + dir, e);
        }
        return out;
    }

    private ConnectorInstance read(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        ConnectorFile parsed = parse(file);
        try {
            if (parsed == null || parsed.name() == null || parsed.name().isBlank()) {
                throw new ConnectorConfigException("name is required");
            }
            ConnectorType type = types.find(parsed.type()).orElseThrow(() -> new ConnectorConfigException(
                    "type \"" + parsed.type() + "\" is not a connector type (known: "
                            + types.all().stream().map(ConnectorType::id).toList() + ")"));
            Map<String, Object> config = env.resolve("config", parsed.config(), false);
            Map<String, Object> secrets = env.resolve("secrets", parsed.secrets(), true);
            var valid = OptionValidator.validate(type, config, secrets);
            return new ConnectorInstance(id, null, parsed.name(), type.id(), valid.config(), valid.secrets(),
                    true, null);
        } catch (ConnectorConfigException e) {
            throw new ConnectorFileException(file + ": " + e.getMessage());
        }
    }

    private ConnectorFile parse(Path file) {
        try {
            return yaml.readValue(file.toFile(), ConnectorFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConnectorFileException(file + ": unknown key \"" + e.getPropertyName()
                    + "\" (expected name, type, config, secrets)");
        } catch (JsonProcessingException e) {
            throw new ConnectorFileException(file + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The shape of one file. */
    record ConnectorFile(String name, String type, Map<String, Object> config, Map<String, Object> secrets) {
    }
}
