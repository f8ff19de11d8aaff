package io.casebook.adapter.in.rules;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.in.rules.yaml.RulesFileYaml;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.rules.RuleSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;

/**
 * Reads rules.yaml into a {@link RuleSet}, checking everything a rule says before any alert meets it: keys,
 * types, ids, field paths, regexes, windows, owners, spaces, severities, templates. Whatever is wrong comes
 * back as a {@link RulesFileException} with the file, the line and the reason.
 */
public final class RulesFileLoader {

    private final ObjectMapper mapper;
    private final KnownKeys knownKeys;

    public RulesFileLoader(TemplateRenderer renderer) {
        this.mapper = RulesYaml.mapper(renderer);
        this.knownKeys = new KnownKeys(mapper);
    }

    /**
     * Binds the text to the records. The parser is ours and still open when an error is translated, so the
     * error can say what value it met.
     */
    private RulesFileYaml bind(Path file, String text) throws IOException {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                return mapper.readerFor(RulesFileYaml.class)
                        .withAttribute(RuleScalars.SEEN_IDS, new HashSet<String>())
                        .readValue(parser);
            } catch (JacksonException e) {
                throw RulesFileErrors.of(file, e);
            }
        }
    }

    /** The rules of {@code file}, or empty when there is no file or it holds nothing (not even {@code rules:}). */
    public Optional<RuleSet> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesFileException(file, 0, "cannot read the file: " + e);
        }
        try {
            if (!knownKeys.check(text)) {
                return Optional.empty();
            }
            return Optional.ofNullable(bind(file, text)).map(RulesFileYaml::toRuleSet);
        } catch (IllegalArgumentException e) {
            // The records check what the domain would refuse, at its line; this is only the backstop.
            throw new RulesFileException(file, 0, e.getMessage());
        } catch (JacksonException e) {
            throw RulesFileErrors.of(file, e);
        } catch (IOException e) {
            throw new RulesFileException(file, 0, "cannot read the file: " + e);
        }
    }
}
