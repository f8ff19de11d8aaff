package io.casebook.bench;

import java.util.Locale;

/**
 * The alert streams of the ingest scenarios: every alert unique (its fingerprint carries the stream's run id
 * and a counter), spread over ten groups so the shipped rules open a handful of cases and fill them.
 */
final class AlertStream {

    static final int GROUPS = 10;
    static final int BATCH = 100;

    private final String runId;

    AlertStream(String runId) {
        this.runId = runId;
    }

    /** Native alert {@code n} ({@code POST /api/alerts}, and the JMS body): one case group per rule id. */
    String nativeAlert(long n) {
        int group = (int) (n % GROUPS);
        return String.format(Locale.ROOT, "{\"id\":\"%s-%d\",\"source\":\"bench-%s\",\"status\":\"firing\","
                + "\"severity\":\"high\",\"title\":\"Disk almost full on host-%d\","
                + "\"description\":\"/var at 97%% on host-%d\",\"labels\":{\"host\":\"host-%d\",\"team\":\"ops\"},"
                + "\"rule\":{\"id\":\"disk-%d\",\"name\":\"Disk usage %d\"},\"startsAt\":\"2026-11-29T10:00:00Z\"}",
                runId, n, runId, n, n, n, group, group);
    }

    /** Alertmanager webhook notification {@code n}: one group (alertname, cluster) with 100 unique alerts. */
    String alertmanagerBatch(long n) {
        int group = (int) (n % GROUPS);
        String alertname = "BenchAlert" + (group % 5);
        String cluster = "cluster-" + (group / 5);
        StringBuilder b = new StringBuilder(BATCH * 400);
        b.append("{\"version\":\"4\",\"groupKey\":\"{}:{alertname=\\\"").append(alertname)
                .append("\\\", cluster=\\\"").append(cluster).append("\\\"}\",\"truncatedAlerts\":0,")
                .append("\"status\":\"firing\",\"receiver\":\"casebook\",\"groupLabels\":{\"alertname\":\"")
                .append(alertname).append("\",\"cluster\":\"").append(cluster).append("\"},")
                .append("\"commonLabels\":{\"alertname\":\"").append(alertname).append("\",\"cluster\":\"")
                .append(cluster).append("\"},\"commonAnnotations\":{},\"externalURL\":\"http://alertmanager:9093\",")
                .append("\"alerts\":[");
        for (int i = 0; i < BATCH; i++) {
            long id = n * BATCH + i;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"status\":\"firing\",\"labels\":").append(labels(alertname, cluster, id))
                    .append(",\"annotations\":{\"summary\":\"").append(alertname).append(" on instance-").append(id)
                    .append("\"},\"startsAt\":\"2026-11-29T10:00:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\",")
                    .append("\"generatorURL\":\"http://prometheus:9090/graph\",\"fingerprint\":\"")
                    .append(fingerprint(id)).append("\"}");
        }
        return b.append("]}").toString();
    }

    /** The same 100 alerts as {@link #alertmanagerBatch}, as Alertmanager's own {@code POST /api/v2/alerts} body. */
    String alertmanagerApiBatch(long n) {
        int group = (int) (n % GROUPS);
        String alertname = "BenchAlert" + (group % 5);
        String cluster = "cluster-" + (group / 5);
        StringBuilder b = new StringBuilder(BATCH * 300).append('[');
        for (int i = 0; i < BATCH; i++) {
            long id = n * BATCH + i;
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"labels\":").append(labels(alertname, cluster, id)).append(",\"annotations\":{\"summary\":\"")
                    .append(alertname).append(" on instance-").append(id)
                    .append("\"},\"startsAt\":\"2026-11-29T10:00:00Z\",\"generatorURL\":\"http://prometheus:9090/graph\"}");
        }
        return b.append(']').toString();
    }

    private String labels(String alertname, String cluster, long id) {
        return "{\"alertname\":\"" + alertname + "\",\"cluster\":\"" + cluster + "\",\"instance\":\"instance-" + id
                + "\",\"run\":\"" + runId + "\",\"severity\":\"warning\"}";
    }

    private String fingerprint(long id) {
        return runId + String.format(Locale.ROOT, "%012x", id);
    }
}
