package io.casebook.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The results table (one row per figure, with its baseline, ratio and goal), written as Markdown and JSON. */
final class Results {

    /** A baseline measured in the same run: what it is and its figure. */
    record Baseline(String name, double value, String unit) {
    }

    /** One figure of one scenario. Baseline and goal may be null. */
    record Row(String scenario, String figure, double value, String unit, Baseline baseline, Double ratio,
               String goal, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String scenario, String figure, double value, String unit, Baseline baseline, Goal goal) {
        Double ratio = baseline == null || Double.isNaN(value) || baseline.value() <= 0 ? null
                : value / baseline.value();
        rows.add(new Row(scenario, figure, value, unit, baseline, ratio, goal == null ? null : goal.text(),
                goal == null ? null : goal.met(value, ratio)));
        System.out.printf(Locale.ROOT, "  %-34s %-46s %12s %s%s%n", scenario, figure, format(value), unit,
                ratio == null ? "" : "  (" + format(ratio) + "x " + baseline.name() + ")");
    }

    void add(String scenario, String figure, double value, String unit) {
        add(scenario, figure, value, unit, null, null);
    }

    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    List<Row> rows() {
        return rows;
    }

    void write(Path dir, Map<String, Object> header) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>(header);
        json.put("rows", rows);
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("latest.json").toFile(), json);
        Files.writeString(dir.resolve("latest.md"), markdown(header));
    }

    String markdown(Map<String, Object> header) {
        StringBuilder md = new StringBuilder("# Casebook benchmark results\n\n");
        header.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append('\n').append(table());
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    String table() {
        StringBuilder md = new StringBuilder("| scenario | figure | value | unit | baseline | ratio | goal | met? |\n"
                + "| --- | --- | ---: | --- | --- | ---: | --- | --- |\n");
        for (Row r : rows) {
            md.append("| ").append(r.scenario()).append(" | ").append(r.figure()).append(" | ")
                    .append(format(r.value())).append(" | ").append(r.unit()).append(" | ")
                    .append(r.baseline() == null ? "" : r.baseline().name() + ": " + format(r.baseline().value())
                            + " " + r.baseline().unit())
                    .append(" | ").append(r.ratio() == null ? "" : format(r.ratio()) + "x")
                    .append(" | ").append(r.goal() == null ? "" : r.goal())
                    .append(" | ").append(r.met() == null ? "" : r.met()).append(" |\n");
        }
        return md.toString();
    }

    /** Three significant figures at most, plain digits (no exponent). */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double abs = Math.abs(v);
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
