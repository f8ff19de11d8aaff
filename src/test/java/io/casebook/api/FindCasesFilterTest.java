package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.User;
import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/cases/_find} filters: each one alone, several values, and combined. */
class FindCasesFilterTest extends CaseListApiTest {

    @Test
    void filtersByOneOrSeveralStatusesWhileCountsIgnoreTheStatusFilter() {
        String space = Spaces.unique("status");
        create(space, NewCaseBody.titled("open one"));
        String progressing = create(space, NewCaseBody.titled("in progress one"));
        String closed = create(space, NewCaseBody.titled("closed one"));
        changeStatus(space, progressing, CaseStatus.IN_PROGRESS, Instant.now());
        changeStatus(space, closed, CaseStatus.CLOSED, Instant.now());

        assertThat(titlesFound(space, "status", "open")).containsExactly("open one");
        assertThat(titlesFound(space, "status", "closed")).containsExactly("closed one");
        assertThat(titlesFound(space, "status", "open", "status", "closed"))
                .containsExactlyInAnyOrder("open one", "closed one");
        assertThat(titlesFound(space, "status", "[\"open\",\"in-progress\"]"))
                .containsExactlyInAnyOrder("open one", "in progress one");

        JsonNode onlyClosed = find(space, "status", "closed");
        assertThat(onlyClosed.path("total").asLong()).isEqualTo(1);
        assertThat(onlyClosed.path("count_open_cases").asLong()).isEqualTo(1);
        assertThat(onlyClosed.path("count_in_progress_cases").asLong()).isEqualTo(1);
        assertThat(onlyClosed.path("count_closed_cases").asLong()).isEqualTo(1);
    }

    @Test
    void filtersBySeverity() {
        String space = Spaces.unique("severity");
        create(space, NewCaseBody.titled("low"));
        create(space, NewCaseBody.titled("high").with("severity", "high"));
        create(space, NewCaseBody.titled("critical").with("severity", "critical"));

        assertThat(titlesFound(space, "severity", "high")).containsExactly("high");
        assertThat(titlesFound(space, "severity", "low", "severity", "critical"))
                .containsExactlyInAnyOrder("low", "critical");
        assertThat(titlesFound(space, "severity", "medium")).isEmpty();
    }

    @Test
    void filtersByAnyOfTheTags() {
        String space = Spaces.unique("tags");
        create(space, NewCaseBody.titled("x and y").tags("x", "y"));
        create(space, NewCaseBody.titled("only y").tags("y"));
        create(space, NewCaseBody.titled("untagged"));

        assertThat(titlesFound(space, "tags", "x")).containsExactly("x and y");
        assertThat(titlesFound(space, "tags", "x", "tags", "y")).containsExactlyInAnyOrder("x and y", "only y");
        assertThat(titlesFound(space, "tags", "[\"y\"]")).containsExactlyInAnyOrder("x and y", "only y");
        assertThat(titlesFound(space, "tags", "X")).as("tags match exactly, as a keyword field").isEmpty();
    }

    @Test
    void filtersByAssigneesWhereNoneMeansUnassigned() {
        String space = Spaces.unique("assignees");
        create(space, NewCaseBody.titled("u1's").assignees("u1"));
        create(space, NewCaseBody.titled("u2 and u3's").assignees("u2", "u3"));
        create(space, NewCaseBody.titled("nobody's"));

        assertThat(titlesFound(space, "assignees", "u1")).containsExactly("u1's");
        assertThat(titlesFound(space, "assignees", "u3", "assignees", "u1"))
                .containsExactlyInAnyOrder("u1's", "u2 and u3's");
        assertThat(titlesFound(space, "assignees", "none")).containsExactly("nobody's");
        assertThat(titlesFound(space, "assignees", "none", "assignees", "u1"))
                .containsExactlyInAnyOrder("u1's", "nobody's");
    }

    @Test
    void filtersByReporterUsername() {
        String space = Spaces.unique("reporters");
        create(space, NewCaseBody.titled("by elastic"));
        String byAlice = create(space, NewCaseBody.titled("by alice"));
        db.setCreated(byAlice, Instant.now(), new User("alice", "Alice A", "alice@example.com", null));

        assertThat(titlesFound(space, "reporters", "alice")).containsExactly("by alice");
        assertThat(titlesFound(space, "reporters", "elastic")).containsExactly("by elastic");
        assertThat(titlesFound(space, "reporters", "alice", "reporters", "elastic")).hasSize(2);
    }

    @Test
    void filtersByCategory() {
        String space = Spaces.unique("category");
        create(space, NewCaseBody.titled("malware case").with("category", "malware"));
        create(space, NewCaseBody.titled("phishing case").with("category", "phishing"));
        create(space, NewCaseBody.titled("uncategorised"));

        assertThat(titlesFound(space, "category", "malware")).containsExactly("malware case");
        assertThat(titlesFound(space, "category", "malware", "category", "phishing"))
                .containsExactlyInAnyOrder("malware case", "phishing case");
    }

    @Test
    void filtersByOwnerAndAnUnknownOwnerMatchesNothing() {
        String space = Spaces.unique("owner");
        create(space, NewCaseBody.titled("cases one"));
        create(space, NewCaseBody.titled("o11y one").with("owner", "observability"));
        create(space, NewCaseBody.titled("siem one").with("owner", "securitySolution"));

        assertThat(titlesFound(space, "owner", "observability")).containsExactly("o11y one");
        assertThat(titlesFound(space, "owner", "cases", "owner", "securitySolution"))
                .containsExactlyInAnyOrder("cases one", "siem one");
        assertThat(titlesFound(space, "owner", "nobody")).isEmpty();
    }

    @Test
    void filtersOnCreationDateWithIsoDatesEpochMillisAndDateMath() {
        String space = Spaces.unique("dates");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the engine's precision
        Instant tenDaysAgo = now.minus(10, ChronoUnit.DAYS);
        Instant twoDaysAgo = now.minus(2, ChronoUnit.DAYS);
        db.setCreated(create(space, NewCaseBody.titled("ten days old")), tenDaysAgo, ELASTIC);
        db.setCreated(create(space, NewCaseBody.titled("two days old")), twoDaysAgo, ELASTIC);
        create(space, NewCaseBody.titled("new"));

        assertThat(titlesFound(space, "from", "now-7d")).containsExactlyInAnyOrder("two days old", "new");
        assertThat(titlesFound(space, "to", "now-7d")).containsExactly("ten days old");
        assertThat(titlesFound(space, "from", "now-3d", "to", "now-1d")).containsExactly("two days old");
        assertThat(titlesFound(space, "from", "now/d")).containsExactly("new");
        assertThat(titlesFound(space, "from", twoDaysAgo.toString()))
                .as("from is inclusive").containsExactlyInAnyOrder("two days old", "new");
        assertThat(titlesFound(space, "to", String.valueOf(twoDaysAgo.toEpochMilli())))
                .as("epoch millis, inclusive").containsExactlyInAnyOrder("ten days old", "two days old");
        String dayOfOldest = tenDaysAgo.atZone(ZoneOffset.UTC).toLocalDate().toString();
        assertThat(titlesFound(space, "to", dayOfOldest)).as("a date-only upper bound covers its whole day")
                .containsExactly("ten days old");
        assertThat(titlesFound(space, "from", dayOfOldest, "to", dayOfOldest)).containsExactly("ten days old");
    }

    @Test
    void combinesDifferentFiltersWithAnd() {
        String space = Spaces.unique("combined");
        create(space, NewCaseBody.titled("high y").tags("y").with("severity", "high"));
        create(space, NewCaseBody.titled("low y").tags("y"));
        create(space, NewCaseBody.titled("high z").tags("z").with("severity", "high"));

        assertThat(titlesFound(space, "tags", "y", "severity", "high")).containsExactly("high y");
    }

    @Test
    void countsHonourTheOtherFiltersButNotTheSearch() {
        String space = Spaces.unique("counts");
        String closedTagged = create(space, NewCaseBody.titled("closed tagged").tags("t"));
        create(space, NewCaseBody.titled("open tagged").tags("t"));
        create(space, NewCaseBody.titled("open untagged"));
        changeStatus(space, closedTagged, CaseStatus.CLOSED, Instant.now());

        JsonNode found = find(space, "tags", "t", "status", "open", "search", "tagged", "searchFields", "title");
        assertThat(titles(found)).containsExactly("open tagged");
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("count_open_cases").asLong()).as("tags honoured").isEqualTo(1);
        assertThat(found.path("count_closed_cases").asLong()).isEqualTo(1);
        assertThat(find(space, "search", "closed").path("count_open_cases").asLong())
                .as("search ignored, as in Kibana's find.ts").isEqualTo(2);
    }
}
