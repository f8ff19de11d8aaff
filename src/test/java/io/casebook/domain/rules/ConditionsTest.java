package io.casebook.domain.rules;

import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;
import io.casebook.domain.rules.Conditions.Comparison;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.casebook.domain.rules.Conditions.all;
import static io.casebook.domain.rules.Conditions.any;
import static io.casebook.domain.rules.Conditions.compare;
import static io.casebook.domain.rules.Conditions.equalTo;
import static io.casebook.domain.rules.Conditions.exists;
import static io.casebook.domain.rules.Conditions.in;
import static io.casebook.domain.rules.Conditions.matches;
import static io.casebook.domain.rules.Conditions.not;
import static io.casebook.domain.rules.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;

/** What each {@code match} condition takes, on labels (text), fields (JSON types) and the top-level fields. */
class ConditionsTest {

    private final Alert alert = alert().source("alertmanager").severity(Severity.HIGH).title("Disk full on db-1")
            .label("cluster", "prod").label("code", "500").label("version", "1.10").label("empty", "")
            .field("value", 92.5).field("count", 7).field("ratio", "0.25").field("up", false).field("text", "abc")
            .field("host", Map.of("name", "db-1", "ip", "10.0.0.1")).field("tags", List.of("a", "b"))
            .rule("disk", "Disk usage").groupKey("{}:{alertname=\"Disk\"}").build();

    @Test
    void equalsComparesTextExactly() {
        assertThat(equalTo("labels.cluster", "prod").test(alert)).isTrue();
        assertThat(equalTo("labels.cluster", "Prod").test(alert)).isFalse();
        assertThat(equalTo("source", "alertmanager").test(alert)).isTrue();
        assertThat(equalTo("severity", "high").test(alert)).isTrue();
        assertThat(equalTo("status", "firing").test(alert)).isTrue();
        assertThat(equalTo("rule.id", "disk").test(alert)).isTrue();
        assertThat(equalTo("rule.name", "Disk usage").test(alert)).isTrue();
        assertThat(equalTo("group_key", "{}:{alertname=\"Disk\"}").test(alert)).isTrue();
        assertThat(equalTo("fields.host.name", "db-1").test(alert)).isTrue();
        assertThat(equalTo("labels.empty", "").test(alert)).isTrue();
        // Quoted text is text: "1.1" is not the label "1.10", however numeric they look.
        assertThat(equalTo("labels.version", "1.1").test(alert)).isFalse();
    }

    @Test
    void equalsComparesARuleNumberAsANumberWhateverTheAlertWroteItAs() {
        assertThat(equalTo("labels.code", 500).test(alert)).isTrue();
        assertThat(equalTo("labels.code", new BigDecimal("500.0")).test(alert)).isTrue();
        assertThat(equalTo("labels.code", 501).test(alert)).isFalse();
        assertThat(equalTo("fields.count", 7).test(alert)).isTrue();
        assertThat(equalTo("fields.count", new BigDecimal("7.00")).test(alert)).isTrue();
        assertThat(equalTo("fields.value", new BigDecimal("92.5")).test(alert)).isTrue();
        assertThat(equalTo("fields.ratio", new BigDecimal("0.25")).test(alert)).isTrue();
        assertThat(equalTo("labels.cluster", 1).test(alert)).isFalse();
    }

    @Test
    void equalsComparesBooleansAndNeverMatchesMapsOrLists() {
        assertThat(equalTo("fields.up", false).test(alert)).isTrue();
        assertThat(equalTo("fields.up", true).test(alert)).isFalse();
        assertThat(equalTo("fields.host", "{name=db-1, ip=10.0.0.1}").test(alert)).isFalse();
        assertThat(equalTo("fields.tags", "[a, b]").test(alert)).isFalse();
    }

    @Test
    void aTestOnAMissingFieldIsFalseAndItsNegationTrue() {
        for (AlertCondition condition : List.of(equalTo("labels.team", "db"), in("labels.team", List.of("db")),
                matches("labels.team", Pattern.compile(".*")), exists("labels.team", true),
                compare("fields.missing", Comparison.LT, BigDecimal.TEN), equalTo("fields.host.missing", "x"),
                equalTo("fields.text.deeper", "x"), equalTo("description", "x"))) {
            assertThat(condition.test(alert)).as(condition.toString()).isFalse();
            assertThat(not(condition).test(alert)).as("not " + condition).isTrue();
        }
    }

    @Test
    void inTakesAnyOfItsValues() {
        assertThat(in("labels.cluster", List.of("staging", "prod")).test(alert)).isTrue();
        assertThat(in("labels.cluster", List.of("staging", "dev")).test(alert)).isFalse();
        assertThat(in("labels.code", List.of(404, 500)).test(alert)).isTrue();
        assertThat(in("severity", List.of("critical", "high")).test(alert)).isTrue();
    }

    @Test
    void regexSearchesTheTextUnlessAnchored() {
        assertThat(matches("title", Pattern.compile("full")).test(alert)).isTrue();
        assertThat(matches("title", Pattern.compile("^Disk")).test(alert)).isTrue();
        assertThat(matches("title", Pattern.compile("^full")).test(alert)).isFalse();
        assertThat(matches("labels.code", Pattern.compile("^5\\d\\d$")).test(alert)).isTrue();
        assertThat(matches("fields.value", Pattern.compile("^92\\.")).test(alert)).isTrue();
        assertThat(matches("fields.host", Pattern.compile("db")).test(alert)).isFalse();
    }

    @Test
    void existsTellsPresentFromAbsent() {
        assertThat(exists("labels.cluster", true).test(alert)).isTrue();
        assertThat(exists("labels.empty", true).test(alert)).isTrue();
        assertThat(exists("fields.host", true).test(alert)).isTrue();
        assertThat(exists("fields.host.name", true).test(alert)).isTrue();
        assertThat(exists("labels.team", false).test(alert)).isTrue();
        assertThat(exists("labels.cluster", false).test(alert)).isFalse();
        assertThat(exists("rule.id", true).test(alert().build())).isFalse();
        assertThat(exists("severity", false).test(alert().build())).isTrue();
    }

    @Test
    void comparisonsTakeNumbersAndNumericTextOnly() {
        assertThat(compare("fields.value", Comparison.GT, new BigDecimal("90")).test(alert)).isTrue();
        assertThat(compare("fields.value", Comparison.GT, new BigDecimal("92.5")).test(alert)).isFalse();
        assertThat(compare("fields.value", Comparison.GTE, new BigDecimal("92.5")).test(alert)).isTrue();
        assertThat(compare("fields.count", Comparison.LT, new BigDecimal("7")).test(alert)).isFalse();
        assertThat(compare("fields.count", Comparison.LTE, new BigDecimal("7")).test(alert)).isTrue();
        assertThat(compare("labels.code", Comparison.GTE, new BigDecimal("500")).test(alert)).isTrue();
        assertThat(compare("fields.ratio", Comparison.LT, new BigDecimal("0.3")).test(alert)).isTrue();
        // Not a number: no match either way, rather than an error while routing.
        assertThat(compare("labels.cluster", Comparison.GT, BigDecimal.ZERO).test(alert)).isFalse();
        assertThat(compare("labels.cluster", Comparison.LTE, BigDecimal.ZERO).test(alert)).isFalse();
        assertThat(compare("labels.empty", Comparison.GTE, BigDecimal.ZERO).test(alert)).isFalse();
        assertThat(compare("fields.up", Comparison.GTE, BigDecimal.ZERO).test(alert)).isFalse();
        assertThat(compare("fields.tags", Comparison.GTE, BigDecimal.ZERO).test(alert)).isFalse();
        Alert notANumber = alert().field("value", Double.NaN).build();
        assertThat(compare("fields.value", Comparison.GTE, BigDecimal.ZERO).test(notANumber)).isFalse();
        assertThat(compare("fields.value", Comparison.LT, BigDecimal.ZERO).test(notANumber)).isFalse();
    }

    @Test
    void allAnyAndNotNest() {
        AlertCondition prodDiskOrCritical = any(List.of(
                all(List.of(equalTo("labels.cluster", "prod"), matches("title", Pattern.compile("^Disk")))),
                equalTo("severity", "critical")));
        assertThat(prodDiskOrCritical.test(alert)).isTrue();
        assertThat(prodDiskOrCritical.test(alert().label("cluster", "prod").title("CPU").build())).isFalse();
        assertThat(prodDiskOrCritical.test(alert().severity(Severity.CRITICAL).build())).isTrue();

        AlertCondition firingButNotStaging = all(List.of(equalTo("status", "firing"),
                not(any(List.of(equalTo("labels.cluster", "staging"), exists("labels.silenced", true))))));
        assertThat(firingButNotStaging.test(alert)).isTrue();
        assertThat(firingButNotStaging.test(alert().label("cluster", "staging").build())).isFalse();
        assertThat(firingButNotStaging.test(alert().label("silenced", "yes").build())).isFalse();
        assertThat(firingButNotStaging.test(alert().status(AlertStatus.RESOLVED).build())).isFalse();
        assertThat(not(not(equalTo("labels.cluster", "prod"))).test(alert)).isTrue();
    }
}
