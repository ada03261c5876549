package app.hamish.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A workspace on a PostgreSQL server, as {@code postgresql://HOST[:PORT]/DB[?user=NAME&sslmode=MODE]}. It never
 * holds a password: that comes from {@code PGPASSWORD} or {@code ~/.pgpass}, as for PostgreSQL's own tools.
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> options) {
    public static final String SCHEME = "postgresql";
    public static final int DEFAULT_PORT = 5432;
    /** Connection options a URL may carry besides {@code user}; anything else is more likely a typo than meant. */
    private static final Set<String> OPTIONS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey",
            "connectTimeout", "ApplicationName");

    public ServerAddress {
        options = Map.copyOf(options);
    }

    /** Whether {@code text} names a server workspace rather than a file. */
    public static boolean isServer(String text) {
        return text.startsWith(SCHEME + "://");
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    public static ServerAddress parse(String text) {
        // A refusal is printed and logged: it repeats the address, never a password written into it.
        String shown = withoutPassword(text);
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(shown + " is not a server address: " + e.getReason()
                    + "; write postgresql://HOST[:PORT]/DATABASE?user=NAME");
        }
        if (!SCHEME.equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(shown
                    + " is not a server address; write postgresql://HOST[:PORT]/DATABASE?user=NAME");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Give the user as ?user=NAME in " + shown
                    + ", and the password in PGPASSWORD or ~/.pgpass, never in the address");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.matches("/[^/]+")) {
            throw new IllegalArgumentException(shown + " names no database; write postgresql://HOST[:PORT]/DATABASE");
        }
        Map<String, String> options = new LinkedHashMap<>();
        String user = System.getProperty("user.name");
        for (String pair : uri.getRawQuery() == null ? new String[0] : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (key.equals("user")) {
                user = value;
            } else if (key.equals("password")) {
                throw new IllegalArgumentException("A password does not belong in " + shown
                        + ": set PGPASSWORD or write it in ~/.pgpass");
            } else if (OPTIONS.contains(key)) {
                options.put(key, value);
            } else {
                throw new IllegalArgumentException("Unknown option '" + key + "' in " + shown + "; known: user, "
                        + String.join(", ", new java.util.TreeSet<>(OPTIONS)));
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                path.substring(1), user, options);
    }

    /**
     * The address with any password in it (user:PASSWORD@, password=PASSWORD) replaced by asterisks. A password may
     * hold '@', '/' or '#' itself, so everything from the colon after the user to the last '@' goes: too much hidden
     * in a refusal is harmless, a password shown is not.
     */
    private static String withoutPassword(String text) {
        String masked = text;
        int authority = text.indexOf("//");
        int lastAt = text.lastIndexOf('@');
        if (authority >= 0 && lastAt > authority) {
            int colon = text.indexOf(':', authority + 2);
            if (colon >= 0 && colon < lastAt) {
                masked = text.substring(0, colon) + ":***" + text.substring(lastAt);
            }
        }
        int query = masked.indexOf('?');
        if (query < 0) {
            return masked;
        }
        StringJoiner pairs = new StringJoiner("&", masked.substring(0, query + 1), "");
        for (String pair : masked.substring(query + 1).split("&", -1)) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            pairs.add(equals >= 0 && decodedOrAsIs(key).equalsIgnoreCase("password") ? key + "=***" : pair);
        }
        return pairs.toString();
    }

    private static String decodedOrAsIs(String text) {
        try {
            return decode(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * The address in full, as {@link #parse} reads it back: with the user and every option (sslmode...), which is
     * what is remembered and handed on; never a password, which an address cannot hold.
     */
    public String url() {
        StringBuilder url = new StringBuilder(SCHEME + "://" + host + ":" + port + "/" + encode(database) + "?user="
                + encode(user));
        options.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(option -> url.append('&').append(option.getKey()).append('=')
                        .append(encode(option.getValue())));
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return SCHEME + "://" + host + ":" + port + "/" + database + "?user=" + user;
    }
}
