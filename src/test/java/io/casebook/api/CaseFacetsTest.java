package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.domain.CaseStatus;
import io.casebook.domain.User;
import io.casebook.support.Api;
import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tags, reporters, categories and status totals; routing of the literal paths; isolation between spaces. */
class CaseFacetsTest extends CaseListApiTest {

    @Test
    void listsDistinctSortedTagsPerOwner() {
        String space = Spaces.unique("tags");
        create(space, NewCaseBody.titled("one").tags("zeta", "alpha"));
        create(space, NewCaseBody.titled("two").tags("alpha", "mid"));
        create(space, NewCaseBody.titled("three").tags("o11y").with("owner", "observability"));

        assertThat(strings(get(space, "/api/cases/tags"))).containsExactly("alpha", "mid", "o11y", "zeta");
        assertThat(strings(get(space, "/api/cases/tags" + Spaces.query("owner", "cases"))))
                .containsExactly("alpha", "mid", "zeta");
        assertThat(strings(get(space, "/api/cases/tags" + Spaces.query("owner", "observability"))))
                .containsExactly("o11y");
        assertThat(strings(get(space, "/api/cases/tags" + Spaces.query("owner", "[\"cases\",\"observability\"]"))))
                .hasSize(4);
    }

    @Test
    void listsDistinctCategoriesPerOwnerWithoutEmptyOnes() {
        String space = Spaces.unique("categories");
        create(space, NewCaseBody.titled("one").with("category", "phishing"));
        create(space, NewCaseBody.titled("two").with("category", "malware"));
        create(space, NewCaseBody.titled("three").with("category", "malware"));
        create(space, NewCaseBody.titled("four"));
        create(space, NewCaseBody.titled("five").with("category", "latency").with("owner", "observability"));

        assertThat(strings(get(space, "/internal/cases/categories")))
                .containsExactly("latency", "malware", "phishing");
        assertThat(strings(get(space, "/internal/cases/categories" + Spaces.query("owner", "cases"))))
                .containsExactly("malware", "phishing");
    }

    @Test
    void listsEachReporterOnceWithTheDetailsOfTheirLatestCase() {
        String space = Spaces.unique("reporters");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        db.setCreated(create(space, NewCaseBody.titled("old")), now.minus(2, ChronoUnit.DAYS),
                new User("zoe", "Zoe Old", "old@example.com", null));
        db.setCreated(create(space, NewCaseBody.titled("new")), now.minus(1, ChronoUnit.DAYS),
                new User("zoe", "Zoe New", "new@example.com", "u_zoe"));
        create(space, NewCaseBody.titled("mine"));
        db.setCreated(create(space, NewCaseBody.titled("o11y").with("owner", "observability")), now,
                new User("bob", null, null, null));

        JsonNode reporters = get(space, "/api/cases/reporters");
        assertThat(reporters).hasSize(3);
        assertThat(reporters.get(0).path("username").asText()).isEqualTo("bob");
        assertThat(reporters.get(1).path("username").asText()).isEqualTo("elastic");
        JsonNode zoe = reporters.get(2);
        assertThat(zoe.path("username").asText()).isEqualTo("zoe");
        assertThat(zoe.path("full_name").asText()).isEqualTo("Zoe New");
        assertThat(zoe.path("email").asText()).isEqualTo("new@example.com");
        assertThat(zoe.path("profile_uid").asText()).isEqualTo("u_zoe");
        assertThat(reporters.get(0).path("full_name").isNull()).isTrue();

        JsonNode casesOnly = get(space, "/api/cases/reporters" + Spaces.query("owner", "cases"));
        assertThat(casesOnly.findValuesAsText("username")).containsExactly("elastic", "zoe");
    }

    @Test
    void countsCasesPerStatusForOwnerAndCreationDates() {
        String space = Spaces.unique("status");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String old = create(space, NewCaseBody.titled("old"));
        db.setCreated(old, now.minus(10, ChronoUnit.DAYS), ELASTIC);
        changeStatus(space, old, CaseStatus.CLOSED, now);
        changeStatus(space, create(space, NewCaseBody.titled("working")), CaseStatus.IN_PROGRESS, now);
        create(space, NewCaseBody.titled("open"));
        create(space, NewCaseBody.titled("o11y").with("owner", "observability"));

        assertThat(counts(get(space, "/api/cases/status"))).containsExactly(2L, 1L, 1L);
        assertThat(counts(get(space, "/api/cases/status" + Spaces.query("owner", "cases"))))
                .containsExactly(1L, 1L, 1L);
        assertThat(counts(get(space, "/api/cases/status" + Spaces.query("from", "now-7d"))))
                .containsExactly(2L, 1L, 0L);
        assertThat(counts(get(space, "/api/cases/status" + Spaces.query("to", "now-7d"))))
                .containsExactly(0L, 0L, 1L);
        assertThat(refused(space, "/api/cases/status" + Spaces.query("status", "open")))
                .isEqualTo("invalid keys \"status\"");
        assertThat(refused(space, "/api/cases/status" + Spaces.query("from", "last week")))
                .startsWith("Invalid \"from\" and/or \"to\" query parameters");
    }

    @Test
    void refusesParametersTheTaxonomiesDoNotKnow() {
        String space = Spaces.unique("keys");
        assertThat(refused(space, "/api/cases/tags" + Spaces.query("search", "x")))
                .isEqualTo("invalid keys \"search\"");
        assertThat(refused(space, "/api/cases/reporters" + Spaces.query("a", "1", "b", "2")))
                .isEqualTo("invalid keys \"a,b\"");
        assertThat(refused(space, "/internal/cases/categories" + Spaces.query("page", "1")))
                .isEqualTo("invalid keys \"page\"");
    }

    @Test
    void literalPathsAreNotTakenForCaseIds() {
        String space = Spaces.unique("routing");
        String id = create(space, NewCaseBody.titled("routed").tags("r"));

        assertThat(get(space, "/api/cases/_find").path("cases")).hasSize(1);
        assertThat(strings(get(space, "/api/cases/tags"))).containsExactly("r");
        assertThat(get(space, "/api/cases/reporters").get(0).path("username").asText()).isEqualTo("elastic");
        assertThat(get(space, "/api/cases/status").path("count_open_cases").asLong()).isEqualTo(1);
        assertThat(get(space, "/api/cases/" + id).path("title").asText()).isEqualTo("routed");
    }

    @Test
    void neverShowsOneSpacesCasesInAnother() {
        String here = Spaces.unique("here");
        String there = Spaces.unique("there");
        db.setCreated(create(here, NewCaseBody.titled("secret").tags("hidden").with("category", "private")),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), new User("spy", null, null, null));
        create(there, NewCaseBody.titled("visible").tags("shown"));

        for (String space : List.of(there, "default")) {
            JsonNode found = get(space, "/api/cases/_find" + Spaces.query("search", "secret", "perPage", "100"));
            assertThat(titles(found)).doesNotContain("secret");
            assertThat(strings(get(space, "/api/cases/tags"))).doesNotContain("hidden");
            assertThat(strings(get(space, "/internal/cases/categories"))).doesNotContain("private");
            assertThat(get(space, "/api/cases/reporters").findValuesAsText("username")).doesNotContain("spy");
        }
        assertThat(titles(get(there, "/api/cases/_find"))).containsExactly("visible");
        assertThat(counts(get(there, "/api/cases/status"))).containsExactly(1L, 0L, 0L);
        assertThat(titles(get(here, "/api/cases/_find"))).containsExactly("secret");
        assertThat(strings(get(here, "/api/cases/tags"))).containsExactly("hidden");
    }

    private static JsonNode get(String space, String path) {
        Api.Result result = api.get(Spaces.path(space, path));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body();
    }

    private static String refused(String space, String path) {
        Api.Result result = api.get(Spaces.path(space, path));
        assertThat(result.status()).as(result.raw()).isEqualTo(400);
        return result.text("message");
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as(array.toString()).isTrue();
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    /** open, in progress, closed. */
    private static List<Long> counts(JsonNode status) {
        return List.of(status.path("count_open_cases").asLong(), status.path("count_in_progress_cases").asLong(),
                status.path("count_closed_cases").asLong());
    }
}
