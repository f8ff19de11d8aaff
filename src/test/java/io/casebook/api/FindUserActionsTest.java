package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.casebook.support.CaseFixtures.change;
import static io.casebook.support.CaseFixtures.create;
import static io.casebook.support.CaseFixtures.patchBody;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/cases/{caseId}/user_actions/_find}: types filter, sort order, paging, spaces. */
class FindUserActionsTest {

    static TestEngine engine;
    static Api api;
    /** A case with 1 create_case and 7 title updates, then a status and a tags action. */
    static String caseId;

    @BeforeAll
    static void start() {
        engine = TestEngine.start();
        api = engine.api();
        JsonNode c = create(api, "Title 0");
        for (int i = 1; i <= 7; i++) {
            c = patched(change(c, "title", "Title " + i));
        }
        c = patched(change(c, "status", "in-progress"));
        patched(change(c, "tags", List.of("tag-1", "tag-2")));
        caseId = c.path("id").asText();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static JsonNode patched(Object entry) {
        Api.Result result = api.patch("/api/cases", patchBody(entry));
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body().get(0);
    }

    static Api.Result find(String query) {
        return api.get("/api/cases/" + caseId + "/user_actions/_find" + query);
    }

    static List<String> describe(Api.Result result) {
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        result.body().path("userActions").forEach(a -> {
            String type = a.path("type").asText();
            out.add(type + ":" + (type.equals("title") ? a.at("/payload/title").asText() : a.path("action").asText()));
        });
        return out;
    }

    @Test
    void defaultsToTheFirstTwentyOldestFirst() {
        Api.Result all = find("");
        assertThat(describe(all)).containsExactly("create_case:create", "title:Title 1", "title:Title 2",
                "title:Title 3", "title:Title 4", "title:Title 5", "title:Title 6", "title:Title 7", "status:update",
                "tags:add");
        assertThat(all.body().path("page").asInt()).isEqualTo(1);
        assertThat(all.body().path("perPage").asInt()).isEqualTo(20);
        assertThat(all.body().path("total").asLong()).isEqualTo(10);
    }

    @Test
    void filtersByTypesInEitherArrayForm() {
        assertThat(describe(find("?types=status&types=tags"))).containsExactly("status:update", "tags:add");
        String json = URLEncoder.encode("[\"create_case\",\"status\"]", StandardCharsets.UTF_8);
        Api.Result jsonForm = find("?types=" + json);
        assertThat(describe(jsonForm)).containsExactly("create_case:create", "status:update");
        assertThat(jsonForm.body().path("total").asLong()).isEqualTo(2);
        assertThat(describe(find("?types=comment"))).isEmpty();
    }

    @Test
    void theActionPseudoTypeKeepsEverythingButUserComments() {
        assertThat(find("?types=action").body().path("total").asLong()).isEqualTo(10);
        assertThat(find("?types=user").body().path("total").asLong()).isZero();
        assertThat(find("?types=alert&types=attachment").body().path("total").asLong()).isZero();
    }

    @Test
    void unknownTypesAndSortOrdersAreRefused() {
        Api.Result badType = find("?types=title&types=nope");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.text("message")).isEqualTo("Invalid value \"nope\" supplied to \"types\"");
        Api.Result badSort = find("?sortOrder=up");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.text("message")).isEqualTo("Invalid value \"up\" supplied to \"sortOrder\"");
    }

    @Test
    void sortsNewestFirstOnRequest() {
        assertThat(describe(find("?sortOrder=desc&perPage=3"))).containsExactly("tags:add", "status:update",
                "title:Title 7");
        assertThat(describe(find("?sortOrder=asc&perPage=2"))).containsExactly("create_case:create", "title:Title 1");
    }

    @Test
    void pagesThroughTheFilteredLog() {
        Api.Result second = find("?types=title&page=2&perPage=3");
        assertThat(describe(second)).containsExactly("title:Title 4", "title:Title 5", "title:Title 6");
        assertThat(second.body().path("page").asInt()).isEqualTo(2);
        assertThat(second.body().path("perPage").asInt()).isEqualTo(3);
        assertThat(second.body().path("total").asLong()).isEqualTo(7);
        assertThat(describe(find("?types=title&page=3&perPage=3"))).containsExactly("title:Title 7");
        Api.Result beyond = find("?types=title&page=9&perPage=3");
        assertThat(describe(beyond)).isEmpty();
        assertThat(beyond.body().path("total").asLong()).isEqualTo(7);
    }

    @Test
    void perPageStopsAtAHundred() {
        assertThat(find("?perPage=100").status()).isEqualTo(200);
        Api.Result tooMany = find("?perPage=101");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("message"))
                .isEqualTo("The provided perPage value is too high. The maximum allowed perPage value is 100.");
    }

    @Test
    void unknownCasesAndCasesOfOtherSpacesAre404() {
        Api.Result missing = api.get("/api/cases/nope/user_actions/_find");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("message")).isEqualTo("Saved object [cases/nope] not found");

        String elsewhere = create(api, "/s/other", "Other space").path("id").asText();
        Api.Result fromDefault = api.get("/api/cases/" + elsewhere + "/user_actions/_find");
        assertThat(fromDefault.status()).isEqualTo(404);
        assertThat(fromDefault.text("message")).isEqualTo("Saved object [cases/" + elsewhere + "] not found");
        Api.Result inItsSpace = api.get("/s/other/api/cases/" + elsewhere + "/user_actions/_find");
        assertThat(inItsSpace.status()).isEqualTo(200);
        assertThat(inItsSpace.body().path("total").asLong()).isEqualTo(1);
        assertThat(find("").body().path("total").asLong()).as("the default-space case is unaffected").isEqualTo(10);
    }
}
