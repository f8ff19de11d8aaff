package io.casebook.adapter.in.connectors;

/** A connector file that cannot be used; the message starts with the file, and never holds a secret value. */
public final class ConnectorFileException extends IllegalStateException {

    public ConnectorFileException(String message) {
        super(message);
    }
}
