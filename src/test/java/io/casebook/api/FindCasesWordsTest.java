package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.casebook.support.CaseFixtures.change;
import static io.casebook.support.CaseFixtures.patchBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code _find?search=} matches whole words as Kibana's Elasticsearch does (standard analyzer): word boundaries,
 * case, punctuation, non-ASCII text, prefixes, and a case's words following its title and description.
 */
class FindCasesWordsTest extends CaseListApiTest {

    @Test
    void matchesWholeWordsInAnyCaseAndPrefixesOnlyWithAStar() {
        String space = Spaces.unique("words");
        create(space, NewCaseBody.titled("Ransomware outbreak").description("Encrypted SHARES on fileserver"));
        create(space, NewCaseBody.titled("Ransom note found"));

        assertThat(titlesFound(space, "search", "ransom")).containsExactly("Ransom note found");
        assertThat(titlesFound(space, "search", "RANSOMWARE")).containsExactly("Ransomware outbreak");
        assertThat(titlesFound(space, "search", "ransom*")).containsExactlyInAnyOrder("Ransomware outbreak",
                "Ransom note found");
        assertThat(titlesFound(space, "search", "shares")).containsExactly("Ransomware outbreak");
        assertThat(titlesFound(space, "search", "break")).as("inside a word").isEmpty();
        assertThat(titlesFound(space, "search", "file*", "searchFields", "title")).as("prefix in one field").isEmpty();
        assertThat(titlesFound(space, "search", "file*", "searchFields", "description"))
                .containsExactly("Ransomware outbreak");
    }

    @Test
    void splitsWordsAtPunctuationAsTheStandardAnalyzerDoes() {
        String space = Spaces.unique("punctuation");
        create(space, NewCaseBody.titled("Disk-full on web-01, (urgent)!").description("see host.example.com"));
        create(space, NewCaseBody.titled("Other").description("diskfull web01"));

        for (String word : new String[] {"disk", "FULL", "web", "01", "urgent", "urgent!", "(urgent)", "host.example.com"}) {
            assertThat(titlesFound(space, "search", word)).as(word).containsExactly("Disk-full on web-01, (urgent)!");
        }
        assertThat(titlesFound(space, "search", "host")).as("a dotted name is one word").isEmpty();
        assertThat(titlesFound(space, "search", "web-01 nothing", "defaultSearchOperator", "AND")).isEmpty();
        assertThat(titlesFound(space, "search", "web-01", "defaultSearchOperator", "AND"))
                .as("a split term needs all its words with AND").containsExactly("Disk-full on web-01, (urgent)!");
        assertThat(titlesFound(space, "search", "web-99")).as("and any of them with OR")
                .containsExactly("Disk-full on web-01, (urgent)!");
    }

    @Test
    void findsNonAsciiWordsCaseInsensitively() {
        String space = Spaces.unique("unicode");
        create(space, NewCaseBody.titled("Überlastung im Rechenzentrum").description("café fermé"));
        create(space, NewCaseBody.titled("サーバー障害").description("Ошибка диска"));

        assertThat(titlesFound(space, "search", "ÜBERLASTUNG")).containsExactly("Überlastung im Rechenzentrum");
        assertThat(titlesFound(space, "search", "Café")).containsExactly("Überlastung im Rechenzentrum");
        assertThat(titlesFound(space, "search", "cafe")).as("accents are not folded").isEmpty();
        assertThat(titlesFound(space, "search", "ошибка")).containsExactly("サーバー障害");
        assertThat(titlesFound(space, "search", "サーバー")).containsExactly("サーバー障害");
        assertThat(titlesFound(space, "search", "障")).as("each ideograph is a word").containsExactly("サーバー障害");
    }

    @Test
    void aPhraseNeedsItsWordsInOrderInOneField() {
        String space = Spaces.unique("phrase-words");
        create(space, NewCaseBody.titled("disk full").description("nothing"));
        create(space, NewCaseBody.titled("full disk").description("nothing"));
        create(space, NewCaseBody.titled("disk").description("full"));

        assertThat(titlesFound(space, "search", "\"Disk Full\"")).containsExactly("disk full");
        assertThat(titlesFound(space, "search", "\"disk full\"", "searchFields", "description")).isEmpty();
    }

    @Test
    void aRetitledCaseIsFoundByItsNewWordsOnly() {
        String space = Spaces.unique("retitled");
        JsonNode c = NewCaseBody.titled("Printer jam").description("paper stuck").createIn(api, space);

        var patched = api.patch(Spaces.path(space, "/api/cases"), patchBody(change(c, "title", "Scanner fault",
                "description", "glass cracked")));
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);

        assertThat(titlesFound(space, "search", "printer jam paper stuck")).isEmpty();
        assertThat(titlesFound(space, "search", "scanner")).containsExactly("Scanner fault");
        assertThat(titlesFound(space, "search", "cracked")).containsExactly("Scanner fault");

        JsonNode again = api.get(Spaces.path(space, "/api/cases/" + c.path("id").asText())).body();
        var tagged = api.patch(Spaces.path(space, "/api/cases"), patchBody(change(again, "tags",
                List.of("t"))));
        assertThat(tagged.status()).as(tagged.raw()).isEqualTo(200);
        assertThat(titlesFound(space, "search", "scanner")).as("an update that keeps the text keeps its words")
                .containsExactly("Scanner fault");
    }
}
