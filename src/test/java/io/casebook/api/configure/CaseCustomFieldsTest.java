package io.casebook.api.configure;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.casebook.api.configure.ConfigureBodies.configuration;
import static io.casebook.api.configure.ConfigureBodies.field;
import static io.casebook.api.configure.ConfigureBodies.newCase;
import static io.casebook.api.configure.ConfigureBodies.space;
import static io.casebook.api.configure.ConfigureBodies.value;
import static org.assertj.core.api.Assertions.assertThat;

/** Custom field values on {@code POST /api/cases} checked against the owner's configuration in the space. */
class CaseCustomFieldsTest {

    static TestEngine engine;
    static Api api;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** A space configured with: required text with default, required toggle without, optional number. */
    private static String configuredSpace() {
        String s = space();
        Api.Result configured = api.post(s + "/api/cases/configure", configuration("cases", "customFields", List.of(
                field("summary", "Summary", "text", true, "none yet"),
                field("escalated", "Escalated", "toggle", true, null),
                field("impact", "Impact", "number", false, null))));
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        return s;
    }

    private static Api.Result create(String space, Object... values) {
        return api.post(space + "/api/cases", newCase("cases", Arrays.asList(values)));
    }

    private static void refused(Api.Result result, String message) {
        assertThat(result.status()).as(result.raw()).isEqualTo(400);
        assertThat(result.text("message")).isEqualTo(message);
    }

    @Test
    void missingFieldsAreFilledWithDefaultsOrNull() {
        String s = configuredSpace();
        Api.Result created = create(s, value("escalated", "toggle", true));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().path("customFields")).isEqualTo(Api.json("""
                [{"key":"escalated","type":"toggle","value":true},
                 {"key":"summary","type":"text","value":"none yet"},
                 {"key":"impact","type":"number","value":null}]"""));
        Api.Result fetched = api.get(s + "/api/cases/" + created.text("id"));
        assertThat(fetched.body().path("customFields")).isEqualTo(created.body().path("customFields"));
    }

    @Test
    void sentValuesAreKept() {
        String s = configuredSpace();
        Api.Result created = create(s, value("summary", "text", "Disk full"), value("escalated", "toggle", false),
                value("impact", "number", 9007199254740991L));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().path("customFields")).isEqualTo(Api.json("""
                [{"key":"summary","type":"text","value":"Disk full"},
                 {"key":"escalated","type":"toggle","value":false},
                 {"key":"impact","type":"number","value":9007199254740991}]"""));
    }

    @Test
    void requiredFieldWithoutDefaultMustBeSent() {
        String s = configuredSpace();
        refused(create(s), "Missing required custom fields without default value configured: \"Escalated\"");
        refused(create(s, value("escalated", "toggle", null), value("summary", "text", null)),
                "Invalid value \"null\" supplied for the following required custom fields: \"Summary\", \"Escalated\"");
    }

    @Test
    void unknownKeysWrongTypesAndDuplicatesAreRefused() {
        String s = configuredSpace();
        refused(create(s, value("escalated", "toggle", true), value("nope", "text", "x"), value("nah", "text", "y")),
                "Invalid custom field keys: nope,nah");
        refused(create(s, value("escalated", "text", "yes")),
                "The following custom fields have the wrong type in the request: \"Escalated\"");
        refused(create(s, value("escalated", "toggle", true), value("escalated", "toggle", false)),
                "Invalid duplicated customFields keys in request: escalated");
    }

    @Test
    void valuesMustFitTheirType() {
        String s = configuredSpace();
        Object toggle = value("escalated", "toggle", true);
        assertThat(create(s, toggle, value("summary", "text", "x".repeat(160))).status()).isEqualTo(200);
        refused(create(s, toggle, value("summary", "text", "x".repeat(161))),
                "The length of the value is too long. The maximum length is 160.");
        refused(create(s, toggle, value("summary", "text", "")), "The value field cannot be an empty string.");
        refused(create(s, value("escalated", "toggle", "yes")), "Invalid value \"yes\" supplied to \"value\"");
        refused(create(s, toggle, value("impact", "number", 1.5)),
                "The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        refused(create(s, toggle, value("impact", "number", 9007199254740992L)),
                "The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        refused(create(s, toggle, value("impact", "number", "12")), "Invalid value \"12\" supplied to \"value\"");
    }

    @Test
    void withoutAConfigurationNoCustomFieldsAreAccepted() {
        String s = space();
        Api.Result plain = api.post(s + "/api/cases", newCase("cases", null));
        assertThat(plain.status()).as(plain.raw()).isEqualTo(200);
        assertThat(plain.body().path("customFields")).isEmpty();
        refused(create(s, value("summary", "text", "x")), "No custom fields configured.");
    }

    @Test
    void theConfigurationOfOneSpaceDoesNotApplyInAnother() {
        String configured = configuredSpace();
        String other = space();
        refused(create(configured), "Missing required custom fields without default value configured: \"Escalated\"");
        Api.Result elsewhere = api.post(other + "/api/cases", newCase("cases", null));
        assertThat(elsewhere.status()).as(elsewhere.raw()).isEqualTo(200);
        assertThat(elsewhere.body().path("customFields")).isEmpty();
        refused(create(other, value("escalated", "toggle", true)), "No custom fields configured.");
    }

    @Test
    void theConfigurationOfOneOwnerDoesNotApplyToAnother() {
        String s = configuredSpace();
        Api.Result observability = api.post(s + "/api/cases", newCase("observability", null));
        assertThat(observability.status()).as(observability.raw()).isEqualTo(200);
        assertThat(observability.body().path("customFields")).isEmpty();
    }

    @Test
    void aReplacedConfigurationAppliesToNewCases() {
        String s = configuredSpace();
        Api.Result replaced = api.post(s + "/api/cases/configure", configuration("cases",
                "customFields", List.of(field("team", "Team", "text", false, null))));
        assertThat(replaced.status()).isEqualTo(200);
        Api.Result created = api.post(s + "/api/cases", newCase("cases", null));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        assertThat(created.body().path("customFields")).isEqualTo(Api.json(
                "[{\"key\":\"team\",\"type\":\"text\",\"value\":null}]"));
        refused(create(s, value("escalated", "toggle", true)), "Invalid custom field keys: escalated");
        Api.Result cleared = api.post(s + "/api/cases/configure", configuration("cases", "customFields", List.of()));
        assertThat(cleared.status()).isEqualTo(200);
        refused(create(s, value("team", "text", "x")), "Invalid custom field keys: team");
    }

    @Test
    void elevenValuesAreRefusedBeforeAnyConfigurationCheck() {
        String s = space();
        Object[] values = new Object[11];
        for (int i = 0; i < values.length; i++) {
            values[i] = value("f" + i, "text", "x");
        }
        refused(create(s, values), "The length of the field customFields is too long. Array must be of length <= 10.");
        Map<String, Object> noKey = value(null, "text", "x");
        refused(create(s, noKey), "Invalid value \"undefined\" supplied to \"customFields.key\"");
    }
}
