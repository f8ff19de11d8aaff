package io.casebook.api;

import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code GET /api/cases/_find} refuses, at Kibana's limits and with Kibana's wording. */
class FindCasesValidationTest extends CaseListApiTest {

    @Test
    void acceptsAHundredValuesPerArrayFilterAndRefusesMore() {
        String space = Spaces.unique("limits");
        create(space, NewCaseBody.titled("only case"));
        for (String field : List.of("tags", "assignees", "reporters", "category")) {
            assertThat(find(space, repeated(field, 100)).path("total").asLong()).as(field).isZero();
            assertThat(findRefused(space, repeated(field, 101))).isEqualTo("The length of the field " + field
                    + " is too long. Array must be of length <= 100.");
        }
        String jsonArray = "[" + String.join(",", Collections.nCopies(101, "\"v\"")) + "]";
        assertThat(findRefused(space, "tags", jsonArray))
                .isEqualTo("The length of the field tags is too long. Array must be of length <= 100.");
    }

    @Test
    void refusesInvalidValuesWithKibanaWording() {
        String space = Spaces.unique("invalid");
        assertThat(findRefused(space, "status", "pending"))
                .isEqualTo("Invalid value \"pending\" supplied to \"status\"");
        assertThat(findRefused(space, "severity", "urgent"))
                .isEqualTo("Invalid value \"urgent\" supplied to \"severity\"");
        assertThat(findRefused(space, "sortField", "foobar"))
                .isEqualTo("Invalid value \"foobar\" supplied to \"sortField\"");
        assertThat(findRefused(space, "sortOrder", "up"))
                .isEqualTo("Invalid value \"up\" supplied to \"sortOrder\"");
        assertThat(findRefused(space, "searchFields", "foobar"))
                .isEqualTo("Invalid value \"foobar\" supplied to \"searchFields\"");
        assertThat(findRefused(space, "defaultSearchOperator", "XOR"))
                .isEqualTo("Invalid value \"XOR\" supplied to \"defaultSearchOperator\"");
        assertThat(findRefused(space, "foo", "bar", "status", "open")).isEqualTo("invalid keys \"foo\"");
    }

    @Test
    void refusesDatesItCannotRead() {
        String space = Spaces.unique("bad-dates");
        assertThat(findRefused(space, "from", "yesterday"))
                .startsWith("Invalid \"from\" and/or \"to\" query parameters").contains("\"yesterday\"");
        assertThat(findRefused(space, "to", "now-7x")).startsWith("Invalid \"from\" and/or \"to\" query parameters");
        assertThat(findRefused(space, "to", "2024-13-40")).contains("\"to\"");
    }

    private static String[] repeated(String field, int count) {
        List<String> query = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            query.add(field);
            query.add("v" + i);
        }
        return query.toArray(String[]::new);
    }
}
