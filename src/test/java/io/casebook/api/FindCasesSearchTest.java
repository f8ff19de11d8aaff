package io.casebook.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.support.NewCaseBody;
import io.casebook.support.Spaces;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/cases/_find?search=...}: terms, operators, search fields and case numbers. */
class FindCasesSearchTest extends CaseListApiTest {

    @Test
    void matchesAnyTermByDefaultAndEveryTermWithAnd() {
        String space = Spaces.unique("operators");
        create(space, NewCaseBody.titled("Disk full on web").description("volume exhausted"));
        create(space, NewCaseBody.titled("Web latency").description("slow responses"));
        create(space, NewCaseBody.titled("Login failures").description("brute force on the disk server"));

        assertThat(titlesFound(space, "search", "latency failures"))
                .containsExactlyInAnyOrder("Web latency", "Login failures");
        assertThat(titlesFound(space, "search", "latency failures", "defaultSearchOperator", "OR"))
                .containsExactlyInAnyOrder("Web latency", "Login failures");
        assertThat(titlesFound(space, "search", "disk web", "defaultSearchOperator", "AND"))
                .containsExactly("Disk full on web");
        assertThat(titlesFound(space, "search", "disk", "defaultSearchOperator", "AND"))
                .as("title or description").containsExactlyInAnyOrder("Disk full on web", "Login failures");
    }

    @Test
    void isCaseInsensitiveAndMatchesWholeWordsAsKibanaDoes() {
        String space = Spaces.unique("case-insensitive");
        create(space, NewCaseBody.titled("Ransomware outbreak"));
        create(space, NewCaseBody.titled("Printer jam"));

        assertThat(titlesFound(space, "search", "RANSOMWARE")).containsExactly("Ransomware outbreak");
        assertThat(titlesFound(space, "search", "RANSOM*")).containsExactly("Ransomware outbreak");
        assertThat(titlesFound(space, "search", "RANSOM")).as("not inside a word").isEmpty();
        assertThat(titlesFound(space, "search", "break")).isEmpty();
    }

    @Test
    void findsACaseByItsNumberWithOrWithoutHash() {
        String space = Spaces.unique("numbers");
        create(space, NewCaseBody.titled("first"));
        JsonNode second = NewCaseBody.titled("second").createIn(api, space);
        create(space, NewCaseBody.titled("third"));
        String number = second.path("incremental_id").asText();

        assertThat(titlesFound(space, "search", "#" + number)).containsExactly("second");
        assertThat(titlesFound(space, "search", number)).containsExactly("second");
        assertThat(titlesFound(space, "search", "#" + number, "searchFields", "incremental_id.text"))
                .containsExactly("second");
        assertThat(titlesFound(space, "search", "#" + number + " first")).containsExactlyInAnyOrder("first", "second");
        assertThat(titlesFound(space, "search", "#" + number + " first", "defaultSearchOperator", "AND")).isEmpty();
        assertThat(titlesFound(space, "search", number, "searchFields", "title")).isEmpty();
        assertThat(titlesFound(space, "search", "#999")).isEmpty();
    }

    @Test
    void searchesOnlyTheRequestedFields() {
        String space = Spaces.unique("fields");
        create(space, NewCaseBody.titled("Alpha").description("mentions bravo"));
        create(space, NewCaseBody.titled("Bravo").description("mentions nothing"));

        assertThat(titlesFound(space, "search", "bravo")).containsExactlyInAnyOrder("Alpha", "Bravo");
        assertThat(titlesFound(space, "search", "bravo", "searchFields", "title")).containsExactly("Bravo");
        assertThat(titlesFound(space, "search", "bravo", "searchFields", "description")).containsExactly("Alpha");
        assertThat(titlesFound(space, "search", "bravo", "searchFields", "title", "searchFields", "description"))
                .containsExactlyInAnyOrder("Alpha", "Bravo");
        assertThat(titlesFound(space, "search", "bravo", "searchFields", "incremental_id.text")).isEmpty();
    }

    @Test
    void keepsQuotedPhrasesWholeAndTreatsLikeWildcardsLiterally() {
        String space = Spaces.unique("phrases");
        create(space, NewCaseBody.titled("red team exercise"));
        create(space, NewCaseBody.titled("team red review"));
        create(space, NewCaseBody.titled("disk 100% used"));
        create(space, NewCaseBody.titled("disk 1000 inodes"));
        create(space, NewCaseBody.titled("snake_case name"));
        create(space, NewCaseBody.titled("snakeXcase name"));

        assertThat(titlesFound(space, "search", "\"red team\"")).containsExactly("red team exercise");
        assertThat(titlesFound(space, "search", "100%")).containsExactly("disk 100% used");
        assertThat(titlesFound(space, "search", "snake_case")).containsExactly("snake_case name");
        assertThat(titlesFound(space, "search", "exerc*")).containsExactly("red team exercise");
    }

    @Test
    void findsACaseByItsIdAndIgnoresABlankSearch() {
        String space = Spaces.unique("ids");
        String id = create(space, NewCaseBody.titled("wanted"));
        create(space, NewCaseBody.titled("other"));

        assertThat(titlesFound(space, "search", id)).containsExactly("wanted");
        assertThat(titlesFound(space, "search", "   ")).hasSize(2);
    }
}
