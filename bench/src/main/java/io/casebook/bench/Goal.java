package io.casebook.bench;

/** A goal of issue 7 (or a documented target), reported beside a figure: never asserted. */
record Goal(String text, Kind kind, double threshold) {

    /** What the threshold applies to. */
    enum Kind { RATIO_AT_LEAST, VALUE_AT_MOST }

    static Goal ratioAtLeast(double ratio, String source) {
        return new Goal(">= " + ratio + "x " + source, Kind.RATIO_AT_LEAST, ratio);
    }

    static Goal atMost(double value, String unit, String source) {
        return new Goal("< " + Results.format(value) + " " + unit + " " + source, Kind.VALUE_AT_MOST, value);
    }

    /** "yes", "no", or "n/a" when the figure or its baseline is missing. */
    String met(double value, Double ratio) {
        return switch (kind) {
            case RATIO_AT_LEAST -> ratio == null || ratio.isNaN() ? "n/a" : ratio >= threshold ? "yes" : "no";
            case VALUE_AT_MOST -> Double.isNaN(value) ? "n/a" : value < threshold ? "yes" : "no";
        };
    }
}
