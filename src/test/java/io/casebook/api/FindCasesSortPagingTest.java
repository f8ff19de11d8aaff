package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.CaseStatus;
import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/cases/_find} sorting (every field, both directions) and Kibana's paging limits. */
class FindCasesSortPagingTest extends CaseListApiTest {

    /**
     * Four cases whose fields order differently per sort field. alpha and bravo are closed (alpha later),
     * charlie is in progress, delta was never updated; bravo has no category.
     */
    static String space;

    @BeforeAll
    static void seed() {
        space = Spaces.unique("sorting");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String alpha = create(space, NewCaseBody.titled("alpha").with("category", "m").with("severity", "high"));
        String bravo = create(space, NewCaseBody.titled("bravo").with("severity", "low"));
        String charlie = create(space, NewCaseBody.titled("charlie").with("category", "a")
                .with("severity", "critical"));
        String delta = create(space, NewCaseBody.titled("delta").with("category", "z").with("severity", "medium"));
        db.setCreated(alpha, now.minus(4, ChronoUnit.DAYS), ELASTIC);
        db.setCreated(bravo, now.minus(3, ChronoUnit.DAYS), ELASTIC);
        db.setCreated(charlie, now.minus(2, ChronoUnit.DAYS), ELASTIC);
        db.setCreated(delta, now.minus(1, ChronoUnit.DAYS), ELASTIC);
        changeStatus(space, alpha, CaseStatus.CLOSED, now.minus(1, ChronoUnit.HOURS));
        changeStatus(space, bravo, CaseStatus.CLOSED, now.minus(2, ChronoUnit.HOURS));
        changeStatus(space, charlie, CaseStatus.IN_PROGRESS, now.minus(3, ChronoUnit.HOURS));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "createdAt, asc,  alpha bravo charlie delta",
            "createdAt, desc, delta charlie bravo alpha",
            "created_at, asc, alpha bravo charlie delta",
            "updatedAt, asc,  charlie bravo alpha delta",
            "updatedAt, desc, alpha bravo charlie delta",
            "updated_at, desc, alpha bravo charlie delta",
            "closedAt, asc,   bravo alpha charlie delta",
            "closedAt, desc,  alpha bravo delta charlie",
            "closed_at, asc,  bravo alpha charlie delta",
            "title, asc,      alpha bravo charlie delta",
            "title, desc,     delta charlie bravo alpha",
            "category, asc,   charlie alpha delta bravo",
            "category, desc,  delta alpha charlie bravo",
            "status, asc,     delta charlie alpha bravo",
            "status, desc,    bravo alpha charlie delta",
            "severity, asc,   bravo delta alpha charlie",
            "severity, desc,  charlie alpha delta bravo",
    })
    void sortsByEveryFieldInBothDirectionsWithMissingValuesLast(String field, String order, String expected) {
        assertThat(titlesFound(space, "sortField", field, "sortOrder", order))
                .containsExactly(expected.split(" "));
    }

    @Test
    void sortsNewestFirstByDefault() {
        assertThat(titlesFound(space)).containsExactly("delta", "charlie", "bravo", "alpha");
        assertThat(titlesFound(space, "sortField", "title")).as("desc unless asked otherwise")
                .containsExactly("delta", "charlie", "bravo", "alpha");
    }

    @Test
    void breaksTiesByCaseNumberSoPagesNeitherRepeatNorSkip() {
        String ties = Spaces.unique("ties");
        Instant sameTime = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (String title : List.of("one", "two", "three")) {
            db.setCreated(create(ties, NewCaseBody.titled(title)), sameTime, ELASTIC);
        }
        assertThat(titlesFound(ties, "sortOrder", "asc")).containsExactly("one", "two", "three");
        assertThat(titlesFound(ties, "sortOrder", "desc")).containsExactly("three", "two", "one");
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(titlesFound(ties, "sortOrder", "asc", "perPage", "1", "page", String.valueOf(page)));
        }
        assertThat(paged).containsExactly("one", "two", "three");
    }

    @Test
    void pagesThroughResultsAndReportsPageAndTotal() {
        JsonNode first = find(space, "perPage", "3", "sortField", "title", "sortOrder", "asc");
        assertThat(titles(first)).containsExactly("alpha", "bravo", "charlie");
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("per_page").asInt()).isEqualTo(3);
        assertThat(first.path("total").asLong()).isEqualTo(4);

        JsonNode second = find(space, "perPage", "3", "page", "2", "sortField", "title", "sortOrder", "asc");
        assertThat(titles(second)).containsExactly("delta");

        JsonNode beyond = find(space, "perPage", "3", "page", "3");
        assertThat(beyond.path("cases")).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(4);

        JsonNode defaults = find(space);
        assertThat(defaults.path("page").asInt()).isEqualTo(1);
        assertThat(defaults.path("per_page").asInt()).isEqualTo(20);
        assertThat(defaults.path("count_closed_cases").asLong()).isEqualTo(2);
    }

    @Test
    void enforcesKibanaPagingLimitsAtTheEdge() {
        assertThat(find(space, "perPage", "100").path("cases")).hasSize(4);
        assertThat(findRefused(space, "perPage", "101"))
                .isEqualTo("The provided perPage value is too high. The maximum allowed perPage value is 100.");
        assertThat(find(space, "page", "100", "perPage", "100").path("cases")).isEmpty();
        assertThat(find(space, "page", "10000", "perPage", "1").path("cases")).isEmpty();
        String tooDeep = "The number of documents is too high. Paginating through more than 10000 documents "
                + "is not possible.";
        assertThat(findRefused(space, "page", "10001", "perPage", "1")).isEqualTo(tooDeep);
        assertThat(findRefused(space, "page", "101", "perPage", "100")).isEqualTo(tooDeep);
        assertThat(findRefused(space, "perPage", "0")).isEqualTo("Invalid value \"0\" supplied to \"perPage\"");
    }

    @Test
    void answersWithTheSameCaseJsonAsGetCase() {
        JsonNode found = find(space, "sortField", "title", "sortOrder", "asc", "perPage", "1").path("cases").get(0);
        JsonNode got = api.get(Spaces.path(space, "/api/cases/" + found.path("id").asText())).body();
        assertThat(found).isEqualTo(got);
        assertThat(Arrays.asList("alpha", found.path("status").asText())).containsExactly("alpha", "closed");
    }
}
