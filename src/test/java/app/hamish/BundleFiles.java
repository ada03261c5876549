package app.hamish;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The interface's message bundles as the files hold them, without the English base behind the Arabic. */
public final class BundleFiles {
    private BundleFiles() {
    }

    public static Properties english() {
        return read("messages.properties");
    }

    public static Properties arabic() {
        return read("messages_ar.properties");
    }

    private static Properties read(String name) {
        try (InputStream in = BundleFiles.class.getResourceAsStream("/app/hamish/ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
