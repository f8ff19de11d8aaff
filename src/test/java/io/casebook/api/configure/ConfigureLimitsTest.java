package io.casebook.api.configure;

import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.casebook.api.configure.ConfigureBodies.configuration;
import static io.casebook.api.configure.ConfigureBodies.field;
import static io.casebook.api.configure.ConfigureBodies.space;
import static io.casebook.api.configure.ConfigureBodies.template;
import static io.casebook.api.configure.ConfigureBodies.templates;
import static io.casebook.api.configure.ConfigureBodies.textFields;
import static org.assertj.core.api.Assertions.assertThat;

/** Every configure limit at its edge: the limit passes, one more fails with Kibana's message. */
class ConfigureLimitsTest {

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

    private static Api.Result post(Map<String, Object> body) {
        return api.post(space() + "/api/cases/configure", body);
    }

    private static void accepted(Map<String, Object> body) {
        Api.Result result = post(body);
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
    }

    private static void refused(Map<String, Object> body, String message) {
        Api.Result result = post(body);
        assertThat(result.status()).as(result.raw()).isEqualTo(400);
        assertThat(result.text("message")).isEqualTo(message);
    }

    private static String chars(int n) {
        return "x".repeat(n);
    }

    @Test
    void tenCustomFieldsPassElevenFail() {
        accepted(configuration("cases", "customFields", textFields(10)));
        refused(configuration("cases", "customFields", textFields(11)),
                "The length of the field customFields is too long. Array must be of length <= 10.");
    }

    @Test
    void customFieldKeyIsAtMost36CharactersOfLowerCaseSlug() {
        accepted(configuration("cases", "customFields", List.of(field(chars(36), "text", false))));
        refused(configuration("cases", "customFields", List.of(field(chars(37), "text", false))),
                "The length of the key is too long. The maximum length is 36.");
        refused(configuration("cases", "customFields", List.of(field("Not a key", "text", false))),
                "Key must be lower case, a-z, 0-9, '_', and '-' are allowed");
        refused(configuration("cases", "customFields", List.of(field("", "text", false))),
                "The key field cannot be an empty string.");
        accepted(configuration("cases", "customFields",
                List.of(field("d312efda-ec2b-42ec-9e2c-84981795c581", "text", false))));
    }

    @Test
    void customFieldLabelIsAtMost50Characters() {
        accepted(configuration("cases", "customFields", List.of(field("k", chars(50), "text", false, null))));
        refused(configuration("cases", "customFields", List.of(field("k", chars(51), "text", false, null))),
                "The length of the label is too long. The maximum length is 50.");
    }

    @Test
    void customFieldKeysAreUniqueAndTypesKnown() {
        refused(configuration("cases", "customFields", List.of(field("a", "text", false), field("a", "toggle", false),
                        field("b", "text", false), field("b", "text", false))),
                "Invalid duplicated customFields keys in request: a,b");
        refused(configuration("cases", "customFields", List.of(field("a", "date", false))),
                "Invalid value \"date\" supplied to \"customFields.type\"");
    }

    @Test
    void defaultValuesMustFitTheirType() {
        accepted(configuration("cases", "customFields", List.of(field("t", "T", "text", true, chars(160)),
                field("b", "B", "toggle", true, true), field("n", "N", "number", true, 9007199254740991L))));
        refused(configuration("cases", "customFields", List.of(field("t", "T", "text", true, chars(161)))),
                "The length of the defaultValue is too long. The maximum length is 160.");
        refused(configuration("cases", "customFields", List.of(field("t", "T", "text", true, "  "))),
                "The defaultValue field cannot be an empty string.");
        refused(configuration("cases", "customFields", List.of(field("t", "T", "text", true, false))),
                "Invalid value false supplied to \"defaultValue\"");
        refused(configuration("cases", "customFields", List.of(field("b", "B", "toggle", true, "foobar"))),
                "Invalid value \"foobar\" supplied to \"defaultValue\"");
        refused(configuration("cases", "customFields", List.of(field("n", "N", "number", true, 9007199254740992L))),
                "The defaultValue field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        refused(configuration("cases", "customFields", List.of(field("n", "N", "number", true, 1.5))),
                "The defaultValue field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
    }

    @Test
    void tenTemplatesPassElevenFail() {
        accepted(configuration("cases", "templates", templates(10)));
        refused(configuration("cases", "templates", templates(11)),
                "The length of the field templates is too long. Array must be of length <= 10.");
    }

    @Test
    void templateKeyNameAndDescriptionLimits() {
        accepted(configuration("cases", "templates", List.of(template(chars(36), null))));
        refused(configuration("cases", "templates", List.of(template(chars(37), null))),
                "The length of the key is too long. The maximum length is 36.");
        refused(configuration("cases", "templates", List.of(template("Bad Key", null))),
                "Key must be lower case, a-z, 0-9, '_', and '-' are allowed");
        accepted(configuration("cases", "templates", List.of(Map.of("key", "k", "name", chars(50), "caseFields",
                Map.of()))));
        refused(configuration("cases", "templates", List.of(Map.of("key", "k", "name", chars(51), "caseFields",
                Map.of()))), "The length of the name is too long. The maximum length is 50.");
        accepted(configuration("cases", "templates", List.of(Map.of("key", "k", "name", "n",
                "description", chars(1000), "caseFields", Map.of()))));
        refused(configuration("cases", "templates", List.of(Map.of("key", "k", "name", "n",
                        "description", chars(1001), "caseFields", Map.of()))),
                "The length of the description is too long. The maximum length is 1000.");
        refused(configuration("cases", "templates", List.of(template("k", null), template("k", null))),
                "Invalid duplicated templates keys in request: k");
    }

    @Test
    void templateTagLimits() {
        accepted(configuration("cases", "templates", List.of(Map.of("key", "k", "name", "n",
                "tags", Collections.nCopies(10, chars(50)), "caseFields", Map.of()))));
        refused(configuration("cases", "templates", List.of(Map.of("key", "k", "name", "n",
                        "tags", Collections.nCopies(11, "t"), "caseFields", Map.of()))),
                "The length of the field template's tags is too long. Array must be of length <= 10.");
        refused(configuration("cases", "templates", List.of(Map.of("key", "k", "name", "n",
                        "tags", List.of(chars(51)), "caseFields", Map.of()))),
                "The length of the template's tag is too long. The maximum length is 50.");
        refused(configuration("cases", "templates", List.of(Map.of("key", "k", "name", "n",
                        "tags", List.of(""), "caseFields", Map.of()))),
                "The template's tag field cannot be an empty string.");
    }

    @Test
    void templateCaseFieldsFollowTheCaseRules() {
        accepted(configuration("cases", "templates", List.of(template("k", Map.of("title", chars(160),
                "description", "d", "tags", List.of("a"), "severity", "high", "category", chars(50),
                "assignees", Collections.nCopies(10, Map.of("uid", "u1")),
                "connector", ConfigureBodies.NO_CONNECTOR, "settings", Map.of("syncAlerts", true))))));
        refused(configuration("cases", "templates", List.of(template("k", Map.of("title", chars(161))))),
                "The length of the title is too long. The maximum length is 160.");
        refused(configuration("cases", "templates", List.of(template("k", Map.of("category", chars(51))))),
                "The length of the category is too long. The maximum length is 50.");
        refused(configuration("cases", "templates", List.of(template("k", Map.of("severity", "urgent")))),
                "Invalid value \"urgent\" supplied to \"severity\"");
        refused(configuration("cases", "templates", List.of(template("k",
                        Map.of("assignees", Collections.nCopies(11, Map.of("uid", "u1")))))),
                "The length of the field assignees is too long. Array must be of length <= 10.");
        refused(configuration("cases", "templates", List.of(template("k", Map.of("tags", List.of(chars(257)))))),
                "The length of the tag is too long. The maximum length is 256.");
        refused(configuration("cases", "templates", List.of(template("k", Map.of("description", " ")))),
                "The description field cannot be an empty string.");
        refused(configuration("cases", "templates", List.of(template("k", Map.of("foo", 1)))),
                "invalid keys \"foo\"");
    }

    @Test
    void templateCustomFieldsMustMatchTheConfiguredFields() {
        List<Map<String, Object>> fields = List.of(field("a", "Field A", "text", true, null));
        Map<String, Object> good = Map.of("customFields", List.of(ConfigureBodies.value("a", "text", "x")));
        accepted(configuration("cases", "customFields", fields, "templates", List.of(template("k", good))));
        refused(configuration("cases", "templates", List.of(template("k", good))), "No custom fields configured.");
        refused(configuration("cases", "customFields", fields, "templates", List.of(template("k", Map.of()))),
                "No custom fields added to template.");
        refused(configuration("cases", "customFields", fields, "templates", List.of(template("k", Map.of(
                        "customFields", List.of(ConfigureBodies.value("zz", "text", "x")))))),
                "Invalid custom field keys: zz");
        refused(configuration("cases", "customFields", fields, "templates", List.of(template("k", Map.of(
                        "customFields", List.of(ConfigureBodies.value("a", "toggle", true)))))),
                "The following custom fields have the wrong type in the request: \"Field A\"");
        refused(configuration("cases", "customFields", fields, "templates", List.of(template("k", Map.of(
                        "customFields", List.of(ConfigureBodies.value("a", "text", "x"),
                                ConfigureBodies.value("a", "text", "y")))))),
                "Invalid duplicated templates[0]'s customFields keys in request: a");
        refused(configuration("cases", "customFields", fields, "templates", List.of(template("k", Map.of(
                        "customFields", List.of(ConfigureBodies.value("a", "text", chars(161))))))),
                "The length of the value is too long. The maximum length is 160.");
    }

    @Test
    void patchEnforcesTheSameLimits() {
        String s = space();
        Api.Result created = api.post(s + "/api/cases/configure", configuration("cases"));
        String path = s + "/api/cases/configure/" + created.text("id");
        Api.Result tooMany = api.patch(path, Map.of("version", created.text("version"), "customFields", textFields(11)));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("message"))
                .isEqualTo("The length of the field customFields is too long. Array must be of length <= 10.");
        Api.Result tooManyTemplates = api.patch(path, Map.of("version", created.text("version"),
                "templates", templates(11)));
        assertThat(tooManyTemplates.status()).isEqualTo(400);
        Api.Result ten = api.patch(path, Map.of("version", created.text("version"), "customFields", textFields(10),
                "templates", templates(10)));
        assertThat(ten.status()).as(ten.raw()).isEqualTo(200);
        assertThat(ten.body().path("customFields")).hasSize(10);
        assertThat(ten.body().path("templates")).hasSize(10);
    }
}
