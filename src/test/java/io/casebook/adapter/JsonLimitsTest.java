package io.casebook.adapter;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each parser limit at its edge: the limit passes, one more fails, and the refusal names the setting. */
class JsonLimitsTest {

    private final ObjectMapper mapper = JsonSupport.newMapper(new JsonLimits(5, 10, 4, 40));

    @Test
    void nestingDepth() throws Exception {
        assertThat(mapper.readTree("[[[[[]]]]]")).isNotNull();
        assertRefused("[[[[[[]]]]]]", "Document nesting depth (6) exceeds the maximum allowed (5, "
                + "casebook.json.max-nesting-depth)");
    }

    @Test
    void stringLength() throws Exception {
        assertThat(mapper.readTree("\"" + "a".repeat(10) + "\"").asText()).hasSize(10);
        assertRefused("\"" + "a".repeat(11) + "\"", "casebook.json.max-string-length");
    }

    @Test
    void numberLength() throws Exception {
        assertThat(mapper.readTree("1234").asInt()).isEqualTo(1234);
        assertRefused("12345", "casebook.json.max-number-length");
    }

    @Test
    void documentLength() throws Exception {
        String forty = "[" + "1,".repeat(18) + "11]";
        assertThat(forty).hasSize(40);
        assertThat(mapper.readTree(forty)).hasSize(19);
        assertRefused("[" + "1,".repeat(18) + "111]", "casebook.json.max-document-length");
    }

    @Test
    void settingsOverrideTheDefaults() {
        Settings settings = Settings.load(Map.of("casebook.config.dir", "no-such-dir",
                "casebook.json.max-nesting-depth", "7"));
        assertThat(JsonLimits.from(settings)).isEqualTo(new JsonLimits(7, JsonLimits.DEFAULT_STRING_LENGTH,
                JsonLimits.DEFAULT_NUMBER_LENGTH, JsonLimits.DEFAULT_DOCUMENT_LENGTH));
        assertThatThrownBy(() -> JsonLimits.from(Settings.load(Map.of("casebook.config.dir", "no-such-dir",
                "casebook.json.max-string-length", "0")))).hasMessageContaining("must be positive");
    }

    private void assertRefused(String json, String says) {
        assertThatThrownBy(() -> mapper.readTree(json)).isInstanceOfSatisfying(StreamConstraintsException.class,
                e -> assertThat(JsonLimits.describe(e)).contains(says).doesNotContain("StreamReadConstraints"));
    }
}
