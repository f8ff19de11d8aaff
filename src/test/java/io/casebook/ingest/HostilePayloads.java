package io.casebook.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casebook.support.Fixtures;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;

/**
 * One ingest format for the parser torture tests: where it is posted, the JMS format header that names it, a
 * fresh valid payload, and that payload with a value of the wrong type where the format needs an object or list.
 */
enum HostilePayloads {

    NATIVE("/api/alerts", "native") {
        @Override
        String valid() {
            return "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"torture\",\"status\":\"firing\","
                    + "\"title\":\"Disk full\",\"labels\":{\"host\":\"db1\"}}";
        }

        @Override
        String wrongTypes() {
            return "{\"id\":\"" + UUID.randomUUID() + "\",\"source\":42,\"status\":[\"firing\"],\"title\":{}}";
        }
    },
    ALERTMANAGER("/api/alerts/alertmanager", "alertmanager") {
        @Override
        String valid() {
            ObjectNode payload = Fixtures.json("alertmanager/alertmanager-v4-firing.json");
            payload.withArray("alerts").forEach(a -> ((ObjectNode) a.get("labels")).put("instance",
                    UUID.randomUUID().toString()));
            return payload.toString();
        }

        @Override
        String wrongTypes() {
            return Fixtures.json("alertmanager/alertmanager-v4-firing.json").put("alerts", "ProbeFailure").toString();
        }
    },
    GRAFANA("/api/alerts/alertmanager", "alertmanager") {
        @Override
        String valid() {
            ObjectNode payload = Fixtures.json("alertmanager/grafana-firing.json");
            payload.withArray("alerts").forEach(a -> ((ObjectNode) a.get("labels")).put("zone",
                    UUID.randomUUID().toString()));
            return payload.toString();
        }

        @Override
        String wrongTypes() {
            ObjectNode payload = Fixtures.json("alertmanager/grafana-firing.json");
            payload.withArray("alerts").forEach(a -> ((ObjectNode) a).put("labels", 7));
            return payload.toString();
        }
    },
    ELASTIC("/api/alerts/elastic", "elastic") {
        @Override
        String valid() {
            ObjectNode payload = Fixtures.json("elastic/es-query-firing.json");
            payload.withObjectProperty("alert").put("uuid", UUID.randomUUID().toString());
            return payload.toString();
        }

        @Override
        String wrongTypes() {
            return Fixtures.json("elastic/es-query-firing.json").put("rule", "Checkout errors").toString();
        }
    },
    PAGERDUTY("/v2/enqueue", "pagerduty") {
        @Override
        String valid() {
            return Fixtures.json("pagerduty/trigger.json").put("dedup_key", UUID.randomUUID().toString()).toString();
        }

        @Override
        String wrongTypes() {
            return Fixtures.json("pagerduty/trigger.json").put("dedup_key", UUID.randomUUID().toString())
                    .put("payload", "Example alert on host1.example.com").toString();
        }
    };

    /** Deeper than any parser limit one would set: 10,000 levels. */
    static final int DEEP = 10_000;

    final String path;
    final String format;

    HostilePayloads(String path, String format) {
        this.path = path;
        this.format = format;
    }

    abstract String valid();

    abstract String wrongTypes();

    /** The valid payload cut in half. */
    String truncated() {
        String valid = valid();
        return valid.substring(0, valid.length() / 2);
    }

    /** The valid payload with a stray comma and an unquoted word. */
    String malformed() {
        return valid().replaceFirst("\\{", "{,oops ");
    }

    /** The valid payload with one more key holding {@code bytes} of padding: over a body limit. */
    String huge(int bytes) {
        return inject("\"padding\":\"" + "x".repeat(bytes) + "\"");
    }

    /** The valid payload with one more key holding a string of {@code chars} characters. */
    String hugeString(int chars) {
        return inject("\"note\":\"" + "y".repeat(chars) + "\"");
    }

    /** The valid payload with one more key holding arrays nested {@link #DEEP} levels. */
    String deeplyNested() {
        return inject("\"deep\":" + "[".repeat(DEEP) + "]".repeat(DEEP));
    }

    /** Seeded random bytes: the same garbage on every run. */
    static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(6).nextBytes(bytes);
        bytes[0] = (byte) 0xff;
        return bytes;
    }

    static String garbageText() {
        return new String(garbage(), StandardCharsets.ISO_8859_1);
    }

    private String inject(String member) {
        return "{" + member + "," + valid().substring(1);
    }
}
