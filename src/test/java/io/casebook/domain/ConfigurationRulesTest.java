package io.casebook.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigurationRulesTest {

    private static CustomFieldDefinition field(String key, CustomFieldType type, Object defaultValue) {
        return new CustomFieldDefinition(key, "Label " + key, type, false, defaultValue);
    }

    private static CaseTemplate template(String key, List<CustomFieldValue> values) {
        return new CaseTemplate(key, "Template", null, null,
                new TemplateCaseFields("title", null, null, null, null, null, null, null, values));
    }

    @Test
    void alignDropsRemovedFieldsAndAddsNewOnesWithTheirDefault() {
        List<CaseTemplate> aligned = ConfigurationRules.alignTemplates(
                List.of(template("t", List.of(new CustomFieldValue("gone", CustomFieldType.TEXT, "x"),
                        new CustomFieldValue("kept", CustomFieldType.TEXT, "y")))),
                List.of(field("kept", CustomFieldType.TEXT, null), field("flag", CustomFieldType.TOGGLE, null),
                        field("count", CustomFieldType.NUMBER, 4), field("note", CustomFieldType.TEXT, null)));
        assertThat(aligned.get(0).caseFields().title()).isEqualTo("title");
        assertThat(aligned.get(0).customFieldValues()).containsExactly(
                new CustomFieldValue("kept", CustomFieldType.TEXT, "y"),
                new CustomFieldValue("flag", CustomFieldType.TOGGLE, false),
                new CustomFieldValue("count", CustomFieldType.NUMBER, 4L),
                new CustomFieldValue("note", CustomFieldType.TEXT, null));
    }

    @Test
    void alignLeavesATemplateWithoutCaseFieldsAloneWhenNoFieldsAreConfigured() {
        CaseTemplate bare = new CaseTemplate("t", "Template", null, null, null);
        assertThat(ConfigurationRules.alignTemplates(List.of(bare), List.of())).containsExactly(bare);
    }

    @Test
    void typeChangesAreNamedByTheRequestedLabel() {
        assertThatThrownBy(() -> ConfigurationRules.requireSameTypes(
                List.of(new CustomFieldDefinition("a", "New label", CustomFieldType.NUMBER, false, null),
                        field("b", CustomFieldType.TEXT, null)),
                List.of(field("a", CustomFieldType.TEXT, null))))
                .hasMessage("Invalid custom field types in request for the following labels: \"New label\"");
        ConfigurationRules.requireSameTypes(List.of(field("a", CustomFieldType.TEXT, null)), List.of());
    }

    @Test
    void keysAreLowerCaseSlugs() {
        assertThat(ConfigurationRules.requireKey("a-b_1", 36)).isEqualTo("a-b_1");
        assertThatThrownBy(() -> ConfigurationRules.requireKey("A", 36))
                .hasMessage("Key must be lower case, a-z, 0-9, '_', and '-' are allowed");
        assertThatThrownBy(() -> ConfigurationRules.requireKey(" a", 36))
                .hasMessage("Key must be lower case, a-z, 0-9, '_', and '-' are allowed");
        assertThatThrownBy(() -> ConfigurationRules.requireKey(null, 36))
                .hasMessage("Invalid value \"undefined\" supplied to \"key\"");
    }
}
