package app.hamish.service;

import app.hamish.model.CueLexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The unverified-source lexicon: the list Hamish ships, extended by the user's own lists. */
public final class CueLexicons {
    /** The name of the shipped list, and of the user's extension in their data folder. */
    public static final String FILE_NAME = "unverified-source-cues.txt";

    private CueLexicons() {
    }

    /** The shipped list plus {@code userLists}, the texts of the user's own (read from their files by the io layer). */
    public static CueLexicon load(List<String> userLists) {
        List<String> contents = new ArrayList<>();
        contents.add(shipped());
        contents.addAll(userLists);
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
