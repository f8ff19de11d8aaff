package io.casebook.domain.alert;

/** An alert payload that cannot be accepted, naming the field and what was wrong with it. */
public class InvalidAlertException extends RuntimeException {

    private final String field;

    public InvalidAlertException(String field, String problem) {
        super("[" + field + "]: " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
