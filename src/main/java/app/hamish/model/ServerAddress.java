package app.hamish.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(text + " is not a server address: " + e.getReason()
                    + "; write postgresql://HOST[:PORT]/DATABASE?user=NAME");
        }
        if (!SCHEME.equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(text
                    + " is not a server address; write postgresql://HOST[:PORT]/DATABASE?user=NAME");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Give the user as ?user=NAME in " + text
                    + ", and the password in PGPASSWORD or ~/.pgpass, never in the address");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.matches("/[^/]+")) {
            throw new IllegalArgumentException(text + " names no database; write postgresql://HOST[:PORT]/DATABASE");
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
                throw new IllegalArgumentException("A password does not belong in " + text
                        + ": set PGPASSWORD or write it in ~/.pgpass");
            } else if (OPTIONS.contains(key)) {
                options.put(key, value);
            } else {
                throw new IllegalArgumentException("Unknown option '" + key + "' in " + text + "; known: user, "
                        + String.join(", ", new java.util.TreeSet<>(OPTIONS)));
            }
        }
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                path.substring(1), user, options);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return SCHEME + "://" + host + ":" + port + "/" + database + "?user=" + user;
    }
}
