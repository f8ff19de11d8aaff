package io.casebook.adapter.in.rest.rules;

import io.casebook.adapter.in.ingest.AlertIntake;
import io.casebook.adapter.in.rest.ApiException;
import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.ApiRequest;
import io.casebook.adapter.in.rest.ApiResponse;
import io.casebook.adapter.in.rest.ApiRoutes;
import io.casebook.adapter.in.rest.RouteAccess;
import io.casebook.application.rules.DryRunResult;
import io.casebook.application.rules.RuleDryRun;
import io.casebook.domain.alert.Alert;
import io.casebook.domain.security.Level;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/rules/_test?format=<native|alertmanager|pagerduty|elastic>} (default native): the body is
 * a payload exactly as its sender would post it. Answers, per alert, the rules that take it, its group and
 * group key, and the case it would join or open, and why. Parses and reads only: nothing is stored.
 */
public final class RulesTestApi implements ApiModule {

    private final AlertIntake intake;
    private final RuleDryRun dryRun;
    private final int maxBodyBytes;

    public RulesTestApi(AlertIntake intake, RuleDryRun dryRun, int maxBodyBytes) {
        this.intake = intake;
        this.dryRun = dryRun;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(ApiRoutes routes) {
        // A dry run changes nothing, so reading the rules is enough.
        routes.post("/api/rules/_test", RouteAccess.rules(Level.READ, "test"), this::test);
    }

    private ApiResponse test(ApiRequest request) {
        if (request.body() != null && request.body().getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            throw new ApiException(413, "The request body is larger than the limit of " + maxBodyBytes
                    + " bytes (casebook.ingest.max-body-bytes).");
        }
        String format = request.query("format").orElse("native");
        List<Alert> alerts = intake.parse(format, request.body());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", format);
        body.put("alerts", dryRun.test(alerts).stream().map(RulesTestApi::view).toList());
        return ApiResponse.ok(body);
    }

    private static Map<String, Object> view(DryRunResult result) {
        Alert a = result.alert();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", a.source());
        out.put("fingerprint", a.fingerprint());
        out.put("status", a.status().wire());
        out.put("title", a.title());
        out.put("dropped", result.matches().isEmpty());
        out.put("rules", result.matches().stream().map(m -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", m.ruleId());
            rule.put("name", m.ruleName());
            rule.put("group", m.grouping());
            rule.put("group_key", m.groupKey());
            DryRunResult.Outcome o = m.outcome();
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("action", o.action());
            target.put("reason", o.reason());
            target.put("id", o.caseId());
            target.put("incremental_id", o.incrementalId());
            target.put("title", o.title());
            target.put("status", o.status());
            rule.put("case", target);
            return rule;
        }).toList());
        return out;
    }
}
