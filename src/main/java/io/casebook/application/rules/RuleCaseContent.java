package io.casebook.application.rules;

import io.casebook.application.NewCase;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.domain.Case;
import io.casebook.domain.CaseLimits;
import io.casebook.domain.CaseSettings;
import io.casebook.domain.Severity;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.rules.BreakerPeriod;
import io.casebook.domain.rules.CaseTemplate;
import io.casebook.domain.rules.Rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a case opened by a rule says: the rule's template rendered over the first alert, cut to Kibana's limits
 * (title 160, 200 tags of 256) so a long label never stops a case from opening; continuation and storm cases
 * say what they are and link back.
 */
public final class RuleCaseContent {

    static final String STORM_TAG = "alert-storm";

    private final TemplateRenderer renderer;

    public RuleCaseContent(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /** The title a new case of the group would get (also shown by dry runs). */
    public String title(Rule rule, Alert first) {
        String rendered = renderer.render(rule.template().title(), first).trim();
        return fit(rendered.isEmpty() ? rule.name() : rendered, CaseLimits.MAX_TITLE_LENGTH);
    }

    NewCase first(Rule rule, List<Alert> alerts) {
        Alert first = alerts.get(0);
        String description = renderer.render(rule.template().description(), first).trim();
        return command(rule, alerts, title(rule, first),
                description.isEmpty() ? "Opened by rule " + rule.name() + "." : description, tags(rule, first));
    }

    /** The n-th overflow case of a window, linking back to its first case (when that still exists). */
    NewCase continuation(Rule rule, List<Alert> alerts, Optional<Case> firstCase, int n) {
        NewCase base = firstCase.map(c -> command(rule, alerts, c.getTitle(), c.getDescription(), c.getTags()))
                .orElseGet(() -> first(rule, alerts));
        String suffix = " (continuation " + n + ")";
        String title = fit(base.title(), CaseLimits.MAX_TITLE_LENGTH - suffix.length()) + suffix;
        int limit = Math.min(rule.maxAlertsPerCase(), CaseLimits.MAX_ALERTS_PER_CASE);
        String link = firstCase.map(c -> "Continuation " + n + " of case #" + c.getIncrementalId() + " (" + c.getId()
                + "), which reached the rule's limit of " + limit + " alerts.")
                .orElse("Continuation " + n + " of a case that was deleted.");
        List<String> tags = new ArrayList<>(base.tags().stream().filter(t -> !t.startsWith("continuation-of:"))
                .limit(CaseLimits.MAX_TAGS_PER_CASE - 1).toList());
        firstCase.ifPresent(c -> tags.add("continuation-of:#" + c.getIncrementalId()));
        return command(rule, alerts, title, fit(link + "\n\n" + base.description(),
                CaseLimits.MAX_DESCRIPTION_LENGTH), tags);
    }

    /** The case that collects a rule's alerts once its breaker tripped, until the period ends. */
    NewCase storm(Rule rule, List<Alert> alerts, BreakerPeriod period) {
        int max = rule.breaker().maxNewCases();
        String title = "Alert storm: rule " + rule.name() + " opened " + max + " cases within "
                + human(period.length());
        String description = "Rule " + rule.name() + " (" + rule.id() + ") opened its limit of " + max
                + " new cases in the period from " + period.start() + " to " + period.end() + ". Until then, its "
                + "alerts that would open another case are collected here instead.";
        List<String> tags = new ArrayList<>(tags(rule, alerts.get(0)).stream()
                .limit(CaseLimits.MAX_TAGS_PER_CASE - 1).toList());
        tags.add(STORM_TAG);
        return command(rule, alerts, fit(title, CaseLimits.MAX_TITLE_LENGTH), description, tags);
    }

    /** The severity the rule asks for these alerts: the first one's, or the highest when it raises. */
    static Severity severity(Rule rule, List<Alert> alerts) {
        var policy = rule.template().severity();
        if (!policy.raise()) {
            return policy.forAlert(alerts.get(0).severity());
        }
        return alerts.stream().map(a -> policy.forAlert(a.severity())).max(Comparator.naturalOrder())
                .orElse(Severity.LOW);
    }

    private NewCase command(Rule rule, List<Alert> alerts, String title, String description, List<String> tags) {
        CaseTemplate t = rule.template();
        return new NewCase(title, fit(description, CaseLimits.MAX_DESCRIPTION_LENGTH), tags, t.connector(),
                new CaseSettings(t.syncAlerts()), rule.owner(), severity(rule, alerts), t.assignees(), t.category(),
                t.customFields());
    }

    private List<String> tags(Rule rule, Alert first) {
        Set<String> tags = new LinkedHashSet<>();
        for (String template : rule.template().tags()) {
            String tag = renderer.render(template, first).trim();
            if (!tag.isEmpty()) {
                tags.add(fit(tag, CaseLimits.MAX_LENGTH_PER_TAG));
            }
        }
        return tags.stream().limit(CaseLimits.MAX_TAGS_PER_CASE).toList();
    }

    /** At most {@code max} characters, marked with an ellipsis when cut (as Kibana's auto titles). */
    static String fit(String text, int max) {
        String trimmed = text.trim();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max - 3).trim() + "...";
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
