package app.hamish.service;

import app.hamish.model.CueLexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The unverified-source lexicon: the list Hamish ships, extended by the user's own files. */
public final class CueLexicons {
    /** The name of the shipped list, and of the user's extension in their data folder. */
    public static final String FILE_NAME = "unverified-source-cues.txt";

    private CueLexicons() {
    }

    /**
     * The shipped list plus each of {@code extensions} that exists (a missing one is no error: most users never
     * write one).
     *
     * @throws RefusedException if an extension exists but cannot be read as UTF-8
     */
    public static CueLexicon load(List<Path> extensions) {
        List<String> contents = new ArrayList<>();
        contents.add(shipped());
        for (Path extension : extensions) {
            if (Files.isRegularFile(extension)) {
                try {
                    contents.add(Files.readString(extension, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new RefusedException(Refusal.CUE_LIST, extension, String.valueOf(e.getMessage()));
                }
            }
        }
        return CueLexicon.parse(contents);
    }

    private static String shipped() {
        try (InputStream in = CueLexicons.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("cue list missing from the build: " + FILE_NAME);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
