package io.casebook.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.0 requests to a test engine from a chosen loopback address ({@code 127.0.0.2}, ...), so that a test can
 * play several clients: Java 17's HttpClient cannot choose its local address, and the engine counts some budgets
 * per client address.
 */
public final class FromAddress {

    /** Status, headers (names in lower case) and body of an answer. */
    public record Response(int status, Map<String, String> headers, String body) {
    }

    private final String localAddress;

    public FromAddress(String localAddress) {
        this.localAddress = localAddress;
    }

    public Response get(TestEngine engine, String path, String authorization) {
        return send(engine, "GET", path, authorization, null);
    }

    public Response post(TestEngine engine, String path, String authorization, String body) {
        return send(engine, "POST", path, authorization, body);
    }

    private Response send(TestEngine engine, String method, String path, String authorization, String body) {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n"
                + "kbn-xsrf: true\r\nConnection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", engine.port()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1)
                    .trim());
        }
        return new Response(status, headers, text.substring(end + 4));
    }
}
