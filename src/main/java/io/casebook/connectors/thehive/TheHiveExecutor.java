package io.casebook.connectors.thehive;

import com.fasterxml.jackson.databind.JsonNode;
import io.casebook.connector.spi.ConnectorExecutor;
import io.casebook.connector.spi.ConnectorPusher;
import io.casebook.connector.spi.ExternalHttp;
import io.casebook.connector.spi.PushFailedException;
import io.casebook.connector.spi.PushRequest;
import io.casebook.connector.spi.PushToService;
import io.casebook.connector.spi.SubActionParams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kibana's TheHive case sub-actions (SC {@code thehive/thehive.ts}) for test calls: {@code getIncident} (the
 * case as TheHive answers it) and {@code pushToService} through the type's own pusher.
 */
final class TheHiveExecutor implements ConnectorExecutor {

    /** Kibana's incident severity and TLP are TheHive's numbers; the pusher takes Kibana's severity words. */
    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    private final ConnectorPusher pusher;
    private final TheHiveClient hive;

    private TheHiveExecutor(ConnectorPusher pusher, TheHiveClient hive) {
        this.pusher = pusher;
        this.hive = hive;
    }

    /** The executor of one instance, pushing through that instance's {@code pusher}. */
    static TheHiveExecutor of(ConnectorPusher pusher, Map<String, Object> config, Map<String, Object> secrets,
                              ExternalHttp http) {
        return new TheHiveExecutor(pusher, new TheHiveClient(http, (String) config.get("url"),
                (String) config.get("organisation"), (String) secrets.get("apiKey")));
    }

    @Override
    public List<String> subActions() {
        return List.of("getIncident", "pushToService");
    }

    @Override
    public Object execute(String subAction, Map<String, Object> params) {
        return switch (subAction) {
            case "getIncident" -> incident(SubActionParams.of(params).text("externalId"));
            case "pushToService" -> push(PushToService.read(params));
            default -> throw new IllegalArgumentException("Not a TheHive sub-action: " + subAction);
        };
    }

    private JsonNode incident(String id) {
        try {
            return hive.get("/api/v1/case/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        } catch (PushFailedException e) {
            // The client words every failure as a push; a read says what it was doing.
            throw new PushFailedException(e.getMessage().replace("Unable to push to TheHive",
                    "Unable to get incident with id " + id), e);
        }
    }

    private Map<String, Object> push(PushToService push) {
        SubActionParams incident = push.incident();
        Map<String, Object> fields = new HashMap<>();
        Number tlp = incident.optionalNumber("tlp");
        fields.put("tlp", tlp == null ? null : tlp.toString());
        PushRequest request = new PushRequest(PushToService.caseIdOr(null), push.externalId(),
                incident.text("title"), incident.optionalText("description"), incident.strings("tags"), fields,
                push.requestComments(), severity(incident.optionalNumber("severity")), null);
        return push.answer(pusher.push(request), Instant.now());
    }

    /** 1 low ... 4 critical; absent or out of range leaves the pusher's default (medium), as Kibana's 2. */
    private static String severity(Number number) {
        int n = number == null ? 0 : number.intValue();
        return n >= 1 && n <= SEVERITIES.size() ? SEVERITIES.get(n - 1) : null;
    }
}
