package io.casebook.adapter.out.template;

import io.casebook.domain.alert.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.casebook.domain.rules.TestAlerts.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a hostile rule template could try: Java members, class names, the process environment and system
 * properties, lambdas, partials and template inheritance (files), and templates smuggled in through alert data.
 * Each renders as empty or is refused; the alert's own values are the only thing a template ever shows.
 */
class TemplateReachTest {

    private final MustacheTemplateRenderer renderer = new MustacheTemplateRenderer();
    private final Alert alert = alert().source("prom").title("Disk full").label("cluster", "prod")
            .field("host", Map.of("name", "db-1")).field("mounts", List.of("/var")).build();

    @ParameterizedTest
    @ValueSource(strings = {"{{class}}", "{{getClass}}", "{{class.name}}", "{{hashCode}}", "{{toString}}",
            "{{title.class}}", "{{title.getBytes}}", "{{title.length}}", "{{labels.getClass}}", "{{labels.keySet}}",
            "{{labels.entrySet}}", "{{fields.host.getClass.getName}}", "{{fields.mounts.get}}", "{{alert}}",
            "{{alert.getClass}}", "{{this}}", "{{env}}", "{{env.HOME}}", "{{env.PATH}}", "{{System.getenv}}",
            "{{java.version}}", "{{user.home}}", "{{java.lang.Runtime}}", "{{#lambda}}run{{/lambda}}",
            "{{#class}}{{name}}{{/class}}", "{{#fields}}{{class}}{{/fields}}", "{{#labels}}{{getClass}}{{/labels}}",
            "{{%IMPLICIT-ITERATOR}}", "{{=<% %>=}}<%class%>", "{{secrets}}", "{{connector.secrets}}",
            "{{case}}", "{{cases}}"})
    void rendersAsEmpty(String probe) {
        assertThat(renderer.render(probe, alert)).isEmpty();
    }

    @Test
    void anInvertedSectionSeesNothingThereEither() {
        assertThat(renderer.render("{{^class}}none{{/class}}{{^getClass}}, none{{/getClass}}"
                + "{{^env.HOME}}, no env{{/env.HOME}}", alert)).isEqualTo("none, none, no env");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{> /etc/passwd}}", "{{>/etc/passwd}}", "{{> ../../config/application.properties}}",
            "{{> template}}", "{{< /etc/passwd}}{{/ /etc/passwd}}", "{{<parent}}{{$b}}x{{/b}}{{/parent}}"})
    void partialsAndInheritanceAreRefused(String probe) {
        assertThatThrownBy(() -> renderer.check(probe)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render(probe, alert)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templateTextInAlertDataIsShownAsTextNeverRendered() {
        Alert smuggling = alert().source("prom").title("{{labels.cluster}} {{> /etc/passwd}} {{#lambda}}x{{/lambda}}")
                .label("cluster", "{{fields.host.name}}").build();

        assertThat(renderer.render("{{title}} | {{labels.cluster}}", smuggling))
                .isEqualTo("{{labels.cluster}} {{> /etc/passwd}} {{#lambda}}x{{/lambda}} | {{fields.host.name}}");
    }

    @Test
    void eachRenderSeesOnlyItsOwnAlert() {
        String template = "{{title}}:{{labels.cluster}}";
        Alert other = alert().source("prom").title("Other").label("team", "db").build();

        assertThat(renderer.render(template, alert)).isEqualTo("Disk full:prod");
        assertThat(renderer.render(template, other)).isEqualTo("Other:");
    }
}
