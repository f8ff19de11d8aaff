package io.casebook.adapter.in.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates as Kibana writes them: ISO-8601 UTC with milliseconds ({@code 2022-10-13T15:33:50.604Z}). */
public final class WireFormats {

    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireFormats() {
    }

    public static String instant(Instant instant) {
        return instant == null ? null : ISO_MILLIS.format(instant);
    }
}
