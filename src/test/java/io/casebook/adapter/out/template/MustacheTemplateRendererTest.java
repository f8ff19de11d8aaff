package io.casebook.adapter.out.template;

import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.alert.AlertStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.casebook.domain.rules.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Case templates over an alert: every documented variable, missing ones empty, nothing else reachable. */
class MustacheTemplateRendererTest {

    private final MustacheTemplateRenderer renderer = new MustacheTemplateRenderer();

    private final Alert alert = alert().source("alertmanager").fingerprint("1a30ba71cca2921f")
            .status(AlertStatus.FIRING).severity(Severity.CRITICAL).title("Disk <full> & \"hot\" on db-1")
            .description("/var at 99%").label("cluster", "prod").label("alertname", "DiskFull")
            .field("host", Map.of("name", "db-1", "disk", Map.of("mount", "/var"))).field("value", 99.5)
            .field("paged", true).field("mounts", List.of("/var", "/tmp"))
            .startsAt(Instant.parse("2026-11-29T10:15:02Z")).rule("disk-rule", "Disk usage")
            .groupKey("{}:{alertname=\"DiskFull\"}").build();

    @Test
    void rendersEveryDocumentedVariable() {
        String template = "{{source}}|{{fingerprint}}|{{status}}|{{severity}}|{{title}}|{{description}}|"
                + "{{group_key}}|{{rule.id}}|{{rule.name}}|{{labels.cluster}}|{{fields.host.name}}|"
                + "{{fields.host.disk.mount}}|{{fields.value}}|{{fields.paged}}|{{starts_at}}";

        assertThat(renderer.render(template, alert)).isEqualTo("alertmanager|1a30ba71cca2921f|firing|critical|"
                + "Disk <full> & \"hot\" on db-1|/var at 99%|{}:{alertname=\"DiskFull\"}|disk-rule|Disk usage|prod|"
                + "db-1|/var|99.5|true|2026-11-29T10:15:02Z");
    }

    @Test
    void aMissingVariableRendersAsEmpty() {
        Alert bare = alert().title("Bare").build();

        assertThat(renderer.render("[{{labels.cluster}}][{{fields.host.name}}][{{rule.id}}][{{severity}}]"
                + "[{{description}}][{{group_key}}][{{starts_at}}][{{nothing}}][{{fields.a.b.c}}]", bare))
                .isEqualTo("[][][][][][][][][]");
        assertThat(renderer.render("{{fields.value.deeper}}", alert)).isEmpty();
    }

    @Test
    void sectionsRenderOnlyWhatIsThere() {
        String template = "{{labels.alertname}}{{#labels.cluster}} on {{labels.cluster}}{{/labels.cluster}}"
                + "{{^labels.team}} (no team){{/labels.team}}";

        assertThat(renderer.render(template, alert)).isEqualTo("DiskFull on prod (no team)");
        assertThat(renderer.render(template, alert().label("alertname", "CPU").label("team", "db").build()))
                .isEqualTo("CPU");
        assertThat(renderer.render("{{#fields.mounts}}<{{.}}>{{/fields.mounts}}", alert)).isEqualTo("</var></tmp>");
    }

    @Test
    void nothingIsHtmlEscaped() {
        assertThat(renderer.render("{{title}}", alert)).isEqualTo("Disk <full> & \"hot\" on db-1");
        assertThat(renderer.render("{{{title}}}", alert)).isEqualTo("Disk <full> & \"hot\" on db-1");
    }

    @Test
    void onlyTheDocumentedVariablesAreReachableNeverJavaMembers() {
        assertThat(renderer.render("[{{title.length}}][{{title.class}}][{{title.bytes}}][{{labels.size}}]"
                + "[{{labels.class.name}}][{{fields.isEmpty}}][{{fields.value.intValue}}][{{status.name}}]"
                + "[{{rule.hashCode}}][{{labels.cluster.empty}}][{{fields.mounts.size}}][{{fingerprint.toString}}]",
                alert)).isEqualTo("[][][][][][][][][][][][]");
        // What is not in the documented scope is not there, even if the Alert record has it.
        assertThat(renderer.render("[{{links}}][{{endsAt}}][{{startsAt}}][{{contentDigest}}][{{groupKey}}]", alert))
                .isEqualTo("[][][][][]");
    }

    @Test
    void checkRefusesATemplateThatDoesNotCompileOrNamesAPartial() {
        renderer.check("{{#labels.cluster}}{{labels.cluster}}{{/labels.cluster}}");
        assertThatThrownBy(() -> renderer.check("{{#labels.cluster}} open"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("template \"{{#labels.cluster}} open\" does not compile: Failed to close");
        assertThatThrownBy(() -> renderer.check("{{/x}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.check("{{> /etc/passwd}}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("partials ({{> name}}) are not supported");
    }

    @Test
    void aRenderedTemplateIsReusedAndStaysCorrectForEachAlert() {
        String template = "{{labels.cluster}}";
        assertThat(renderer.render(template, alert)).isEqualTo("prod");
        assertThat(renderer.render(template, alert().label("cluster", "staging").build())).isEqualTo("staging");
        assertThat(renderer.render(template, alert().build())).isEmpty();
    }
}
