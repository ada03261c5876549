package app.hamish.io;

import app.hamish.model.NewArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in sample articles (the project's {@code seeds/} folder, packed into the jar under {@code seeds/}).
 * They are listed in {@code seeds/samples.lst} because a jar cannot list a resource folder portably.
 */
public final class SampleCorpus {
    private SampleCorpus() {
    }

    public static List<NewArticle> load() {
        List<NewArticle> articles = new ArrayList<>();
        for (String name : resource("samples.lst").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            articles.add(ArticleFiles.fromText(bytes(name), "seeds/" + name, name));
        }
        return articles;
    }

    private static String resource(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = SampleCorpus.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample article missing from the build: seeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
