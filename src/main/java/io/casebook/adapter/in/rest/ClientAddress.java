package io.casebook.adapter.in.rest;

import io.vertx.core.net.SocketAddress;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;

/** The IP address the request came from (the TCP peer; no proxy header is trusted), for the audit log. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(Message request) {
        Object remote = request.getHeader(VertxPlatformHttpConstants.REMOTE_ADDRESS);
        if (remote instanceof SocketAddress address) {
            return address.hostAddress();
        }
        return remote == null ? null : remote.toString();
    }
}
