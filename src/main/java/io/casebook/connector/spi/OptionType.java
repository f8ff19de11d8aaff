package io.casebook.connector.spi;

/** The value types a connector option may take; {@link #wire()} is the name the API and messages use. */
public enum OptionType {
    STRING, URL, BOOLEAN, NUMBER, ENUM,
    /** A JSON object of string values (webhook headers). */
    MAP;

    public String wire() {
        return name().toLowerCase();
    }
}
