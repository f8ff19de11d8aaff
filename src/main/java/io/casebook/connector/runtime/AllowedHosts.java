package io.casebook.connector.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hosts connectors may call: Kibana's {@code xpack.actions.allowedHosts} semantics. A list of host names,
 * compared whole and case-insensitively (no wildcards inside a name, ports and paths ignored); {@code *} allows
 * any host; an empty list allows none. A URL whose host cannot be read (a template in it, no host) is allowed
 * only by {@code *}, since nobody can say where it goes.
 */
public final class AllowedHosts {

    /** Kibana's default: any host. */
    public static final AllowedHosts ANY = new AllowedHosts(List.of("*"));

    private static final String KIBANA_SETTING = "xpack.actions.allowedHosts";
    /** A Mustache tag, {@code {{x}}} or {@code {{{x}}}}. */
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\{?[^{}]*}}}?");

    private final List<String> hosts;

    public AllowedHosts(List<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    /** {@code casebook.connectors.allowed-hosts}: comma-separated; null (unset) is {@code *}, blank is none. */
    public static AllowedHosts parse(String commaSeparated) {
        return commaSeparated == null ? ANY : new AllowedHosts(Arrays.asList(commaSeparated.split(",")));
    }

    public boolean allowsAny() {
        return hosts.contains("*");
    }

    /**
     * Whether a call to {@code url} may go out. Never when {@link #readable} says no, even with {@code *}: a URL
     * whose host two parsers read differently could reach another host than the one that was checked.
     */
    public boolean allows(String url) {
        return readable(url) && (allowsAny() || host(url).map(hosts::contains).orElse(false));
    }

    /**
     * Whether {@code java.net.URI} reads a host from the URL, and the same host as {@link #host} (templates stand
     * for one plain segment each). {@code http://x@127.0.0.1:P@example.com} is not: the URI parser finds no host
     * in it, and an HTTP client could pick either.
     */
    public static boolean readable(String url) {
        if (url == null) {
            return false;
        }
        String plain = TEMPLATE.matcher(url.trim()).replaceAll("x");
        try {
            String parsed = new URI(plain).getHost();
            return parsed != null && host(plain).map(parsed.toLowerCase(Locale.ROOT)::equals).orElse(false);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Kibana's refusal, naming the URL as given: {@code target url "..." is not added to the Kibana config ...}. */
    public static String refusal(String url) {
        return "target url \"" + url + "\" is not added to the Kibana config " + KIBANA_SETTING;
    }

    /**
     * The host a URL names, lower-case, without user info, port or brackets; empty when there is none or it is
     * templated. Read by hand because templated URLs ({@code .../{{{external.system.id}}}}) are no URI.
     */
    public static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.trim();
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        String rest = text.substring(scheme + 3);
        int end = rest.length();
        for (char stop : new char[] {'/', '?', '#', '\\'}) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close < 0 ? "" : host.substring(0, close + 1);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        if (host.isEmpty() || host.contains("{") || host.contains("}")) {
            return Optional.empty();
        }
        return Optional.of(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return String.join(",", hosts);
    }
}
