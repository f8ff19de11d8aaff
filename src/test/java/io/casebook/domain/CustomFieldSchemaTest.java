package io.casebook.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomFieldSchemaTest {

    private static final CustomFieldSchema SCHEMA = CustomFieldSchema.of(List.of(
            new CustomFieldDefinition("summary", "Summary", CustomFieldType.TEXT, true, "none yet"),
            new CustomFieldDefinition("escalated", "Escalated", CustomFieldType.TOGGLE, true, null),
            new CustomFieldDefinition("impact", "Impact", CustomFieldType.NUMBER, false, null),
            new CustomFieldDefinition("team", "Team", CustomFieldType.TEXT, false, "ops")));

    private static CustomFieldValue v(String key, CustomFieldType type, Object value) {
        return new CustomFieldValue(key, type, value);
    }

    @Test
    void newCaseGetsDefaultsThenNullsForOptionalFields() {
        assertThat(SCHEMA.forNewCase(List.of(v("escalated", CustomFieldType.TOGGLE, true)))).containsExactly(
                v("escalated", CustomFieldType.TOGGLE, true), v("summary", CustomFieldType.TEXT, "none yet"),
                v("impact", CustomFieldType.NUMBER, null), v("team", CustomFieldType.TEXT, "ops"));
    }

    @Test
    void updateRefusesNullForARequiredFieldEvenWithADefault() {
        assertThatThrownBy(() -> SCHEMA.forUpdate(List.of(v("escalated", CustomFieldType.TOGGLE, true),
                v("summary", CustomFieldType.TEXT, null))))
                .hasMessage("Invalid value \"null\" supplied for the following required custom fields: \"Summary\"");
    }

    @Test
    void updateFillsMissingFieldsAndRequiresTheOnesWithoutDefault() {
        assertThat(SCHEMA.forUpdate(List.of(v("escalated", CustomFieldType.TOGGLE, false),
                v("impact", CustomFieldType.NUMBER, 3)))).containsExactly(
                v("escalated", CustomFieldType.TOGGLE, false), v("impact", CustomFieldType.NUMBER, 3L),
                v("summary", CustomFieldType.TEXT, "none yet"), v("team", CustomFieldType.TEXT, "ops"));
        assertThatThrownBy(() -> SCHEMA.forUpdate(List.of(v("impact", CustomFieldType.NUMBER, 3))))
                .hasMessage("Missing required custom fields without default value configured: \"Escalated\"");
    }

    @Test
    void updateChecksKeysBeforeRequiredAndRequiredBeforeTypes() {
        assertThatThrownBy(() -> SCHEMA.forUpdate(List.of(v("x", CustomFieldType.TEXT, "a"))))
                .hasMessage("Invalid custom field keys: x");
        assertThatThrownBy(() -> SCHEMA.forUpdate(List.of(v("impact", CustomFieldType.TEXT, "a"))))
                .hasMessage("Missing required custom fields without default value configured: \"Escalated\"");
        assertThatThrownBy(() -> SCHEMA.forUpdate(List.of(v("escalated", CustomFieldType.TOGGLE, true),
                v("impact", CustomFieldType.TEXT, "a"), v("summary", CustomFieldType.NUMBER, 1))))
                .hasMessage("The following custom fields have the wrong type in the request: \"Summary\", \"Impact\"");
    }

    @Test
    void aCaseOpenedByARuleKeepsWhatFitsAndFillsRequiredFieldsInsteadOfRefusing() {
        assertThat(SCHEMA.forAutomaticCase(List.of(v("unknown", CustomFieldType.TEXT, "x"),
                v("impact", CustomFieldType.TEXT, "wrong type"), v("team", CustomFieldType.TEXT, "db"))))
                .containsExactly(v("team", CustomFieldType.TEXT, "db"), v("summary", CustomFieldType.TEXT, "none yet"),
                        v("impact", CustomFieldType.NUMBER, null), v("escalated", CustomFieldType.TOGGLE, false));
        assertThat(SCHEMA.forAutomaticCase(List.of(v("impact", CustomFieldType.NUMBER, 7),
                v("escalated", CustomFieldType.TOGGLE, null))))
                .as("numbers normalised as a request's; a required null gets the filler")
                .contains(v("impact", CustomFieldType.NUMBER, 7L), v("escalated", CustomFieldType.TOGGLE, false));
        CustomFieldSchema requiredText = CustomFieldSchema.of(List.of(
                new CustomFieldDefinition("ticket", "Ticket", CustomFieldType.TEXT, true, null),
                new CustomFieldDefinition("count", "Count", CustomFieldType.NUMBER, true, null)));
        assertThat(requiredText.forAutomaticCase(null)).containsExactlyInAnyOrder(
                v("ticket", CustomFieldType.TEXT, "N/A"), v("count", CustomFieldType.NUMBER, 0L));
    }

    @Test
    void unconfiguredAcceptsOnlyNoValues() {
        assertThat(CustomFieldSchema.unconfigured().forNewCase(List.of())).isEmpty();
        assertThat(CustomFieldSchema.unconfigured().forUpdate(null)).isEmpty();
        assertThatThrownBy(() -> CustomFieldSchema.unconfigured().forUpdate(List.of(v("a", CustomFieldType.TEXT, "x"))))
                .hasMessage("No custom fields configured.");
        assertThatThrownBy(() -> CustomFieldSchema.of(List.of()).forNewCase(List.of(v("a", CustomFieldType.TEXT, "x"))))
                .hasMessage("Invalid custom field keys: a");
    }

    @Test
    void numbersAreSafeIntegers() {
        assertThat(CustomFieldRules.requireValue("value", CustomFieldType.NUMBER, 2.0)).isEqualTo(2L);
        assertThat(CustomFieldRules.requireValue("value", CustomFieldType.NUMBER, -9007199254740991L))
                .isEqualTo(-9007199254740991L);
        assertThatThrownBy(() -> CustomFieldRules.requireValue("value", CustomFieldType.NUMBER, -9007199254740992L))
                .hasMessage("The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        assertThatThrownBy(() -> CustomFieldRules.requireValue("value", CustomFieldType.NUMBER,
                new java.math.BigInteger("100000000000000000000")))
                .hasMessage("The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        assertThatThrownBy(() -> CustomFieldRules.requireValue("value", CustomFieldType.NUMBER, Double.NaN))
                .hasMessage("The value field should be an integer between -(2^53 - 1) and 2^53 - 1, inclusive.");
        assertThatThrownBy(() -> CustomFieldRules.requireValue("value", CustomFieldType.NUMBER, true))
                .hasMessage("Invalid value true supplied to \"value\"");
    }
}
