package io.casebook.adapter.in.rest.cases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class KibanaDateMathTest {

    private static final Instant NOW = Instant.parse("2024-05-15T10:20:30.456Z"); // a Wednesday

    @ParameterizedTest(name = "{0} (roundUp={1}) = {2}")
    @CsvSource({
            "now,                       false, 2024-05-15T10:20:30.456Z",
            "now-7d,                    false, 2024-05-08T10:20:30.456Z",
            "now+1h,                    false, 2024-05-15T11:20:30.456Z",
            "now-1h/d,                  false, 2024-05-15T00:00:00Z",
            "now-1h/d,                  true,  2024-05-15T23:59:59.999Z",
            "now/M,                     false, 2024-05-01T00:00:00Z",
            "now/w,                     false, 2024-05-13T00:00:00Z",
            "now/y,                     true,  2024-12-31T23:59:59.999Z",
            "now-1M-2d,                 false, 2024-04-13T10:20:30.456Z",
            "now-d,                     false, 2024-05-14T10:20:30.456Z",
            "2024-03-01,                false, 2024-03-01T00:00:00Z",
            "2024-03-01,                true,  2024-03-01T23:59:59.999Z",
            "2024-03,                   true,  2024-03-31T23:59:59.999Z",
            "2024,                      false, 2024-01-01T00:00:00Z",
            "2024-03-01T12:30,          true,  2024-03-01T12:30:59.999Z",
            "2024-03-01T12:30:15Z,      false, 2024-03-01T12:30:15Z",
            "2024-03-01T12:30:15.5+02:00, true, 2024-03-01T10:30:15.500Z",
            "2024-03-01||+1M/d,         false, 2024-04-01T00:00:00Z",
            "2024-03-01||,              true,  2024-03-01T00:00:00Z",
            "1700000000000,             false, 2023-11-14T22:13:20Z",
    })
    void resolvesLikeAnElasticsearchRangeBound(String expression, boolean roundUp, String expected) {
        assertThat(KibanaDateMath.parse(expression, NOW, roundUp)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "now-7", "now-7x", "now+", "nowish", "2024-13-01", "2024-02-30",
            "24-01-01", "2024-03-01||foo", "now/d/"})
    void rejectsWhatIsNotDateMath(String expression) {
        assertThat(KibanaDateMath.parse(expression, NOW, false)).isEmpty();
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(KibanaDateMath.parse(" now ", NOW, false)).contains(NOW);
    }
}
