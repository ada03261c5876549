package app.hamish.service.disk;

import app.hamish.FullDisk;
import app.hamish.io.Progress;
import app.hamish.io.TrainingJsonlExporter;
import app.hamish.model.Annotation;
import app.hamish.model.Annotator;
import app.hamish.model.Article;
import app.hamish.model.ArticleText;
import app.hamish.model.ExportFilter;
import app.hamish.model.NewAnnotation;
import app.hamish.model.NewArticle;
import app.hamish.model.Provenance;
import app.hamish.model.Span;
import app.hamish.service.Workspace;
import app.hamish.store.StoreException;
import app.hamish.store.WorkspaceOpenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs inside a private mount namespace (see {@link SmallDiskTest}) on a folder that is a tiny file system,
 * full or read-only, and checks from the inside what the analyst would see: each finding is printed as
 * {@code finding: ...}, and {@code done} when the scenario ran to its end.
 */
public final class SmallDiskDriver {
    static final String DONE = "done";
    private static final String NOTE = "ملاحظة المحلل على هذا الادعاء ".repeat(8);
    private static final int MAX_ANNOTATIONS = 200_000;

    private SmallDiskDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path disk = Path.of(args[1]);
        switch (args[0]) {
            case "full" -> fillTheDisk(disk);
            case "prepare" -> prepare(disk.resolve("w.db"));
            case "read-only" -> openReadOnly(disk);
            case "checkpoint" -> checkpointOnAFullDisk(disk);
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println(DONE);
    }

    /** Annotates until the disk is full, then checks the refusal, the saved work, an export, and recovery. */
    private static void fillTheDisk(Path disk) throws Exception {
        Path file = disk.resolve("w.db");
        Set<Long> acknowledged = new HashSet<>();
        String refusal = null;
        Path filler = disk.resolve("filler");
        long articleId;
        try (Workspace workspace = Workspace.open(file)) {
            Annotator mona = workspace.annotations().annotator("mona", Annotator.Role.ANNOTATOR);
            articleId = prepareArticle(workspace);
            FullDisk.fill(filler);
            for (int i = 0; i < MAX_ANNOTATIONS && refusal == null; i++) {
                try {
                    acknowledged.add(annotate(workspace, mona, articleId, i).id());
                } catch (StoreException e) {
                    refusal = e.getMessage();
                }
            }
            if (refusal == null) {
                finding("the disk never filled up");
                return;
            }
            if (!refusal.contains("the disk is full") || !refusal.contains(file.toString())
                    || !refusal.contains("Nothing was changed")) {
                finding("unclear refusal: " + refusal);
            }
            checkPresent(workspace.annotations().ofArticle(articleId), acknowledged, "while the disk is full");
            exportOnAFullDisk(workspace, disk.resolve("gold.jsonl"));

            Files.delete(filler);
            acknowledged.add(annotate(workspace, mona, articleId, MAX_ANNOTATIONS).id());
        }
        try (Workspace reopened = Workspace.open(file)) {
            checkPresent(reopened.annotations().ofArticle(articleId), acknowledged, "after freeing space and reopening");
        }
        String integrity = integrity(file);
        if (!"ok".equals(integrity)) {
            finding("integrity_check after the full disk: " + integrity);
        }
        System.out.println("acknowledged " + acknowledged.size() + ", refusal: " + refusal);
    }

    /**
     * A commit that fits in the WAL (rewound after a large one) while the main file cannot grow: SQLite commits it,
     * and its checkpoint fails without a word. Closing must say where the change is, and reopening with space must
     * find it and copy it in.
     */
    private static void checkpointOnAFullDisk(Path disk) throws Exception {
        Path file = disk.resolve("w.db");
        Path filler = disk.resolve("filler");
        Workspace workspace = Workspace.open(file);
        workspace.corpus().importArticles(List.of(new NewArticle("large", "كبير", "large.txt",
                ArticleText.of("نص عربي طويل ".repeat(8_000)), "{}")));
        FullDisk.fill(filler);
        try {
            workspace.corpus().importArticles(List.of(new NewArticle("after", "بعد", "after.txt",
                    ArticleText.of("خبر بعد امتلاء القرص ".repeat(1_500)), "{}")));
        } catch (StoreException refused) {
            finding("the commit after filling the disk was refused, so no checkpoint failed silently: " + refused.getMessage());
            return;
        }
        try {
            workspace.close();
            finding("closing reported nothing while the last change was in the WAL only");
        } catch (StoreException expected) {
            System.out.println("close: " + expected.getMessage());
            if (!expected.getMessage().contains(file + "-wal") || !expected.getMessage().contains("the disk is full")) {
                finding("unclear message on close: " + expected.getMessage());
            }
        }
        Files.delete(filler);
        try (Workspace reopened = Workspace.open(file)) {
            if (reopened.corpus().article("after").isEmpty()) {
                finding("the change saved in the WAL is missing after reopening");
            }
        }
        if (Files.exists(disk.resolve("w.db-wal"))) {
            finding("the WAL is still there after a clean close with space");
        }
        String integrity = integrity(file);
        if (!"ok".equals(integrity)) {
            finding("integrity_check after the failed checkpoint: " + integrity);
        }
    }

    private static long prepareArticle(Workspace workspace) {
        workspace.corpus().importArticles(List.of(new NewArticle("full-disk", "قرص ممتلئ", "full-disk.txt",
                // No spaces: every span the driver picks holds letters, so none is refused as blank.
                ArticleText.of("قالتمصادرمطلعة".repeat(700)), "{}")));
        return workspace.corpus().article("full-disk").map(Article::id).orElseThrow();
    }

    private static Annotation annotate(Workspace workspace, Annotator annotator, long articleId, int i) {
        return workspace.annotations().create(new NewAnnotation(articleId, annotator.id(),
                new Span(i % 8_000, i % 8_000 + 1 + i / 8_000), "CLAIM", null, NOTE, Provenance.MANUAL));
    }

    private static void exportOnAFullDisk(Workspace workspace, Path target) throws IOException {
        try {
            new TrainingJsonlExporter().export(workspace, ExportFilter.ALL, target, Progress.NONE);
            finding("an export to a full disk reported success");
        } catch (IOException expected) {
            if (!String.valueOf(expected.getMessage()).contains("No space left")) {
                finding("unclear export failure: " + expected);
            }
        }
        try (Stream<Path> left = Files.list(target.getParent())) {
            List<String> names = left.map(path -> path.getFileName().toString())
                    .filter(name -> name.contains("gold")).toList();
            if (!names.isEmpty()) {
                finding("a failed export left files behind: " + names);
            }
        }
    }

    private static void checkPresent(List<Annotation> annotations, Set<Long> acknowledged, String when) {
        Set<Long> present = new HashSet<>();
        annotations.forEach(annotation -> present.add(annotation.id()));
        List<Long> missing = new ArrayList<>(acknowledged);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            finding(missing.size() + " acknowledged annotations missing " + when + ", e.g. " + missing.getFirst());
        }
        if (present.size() != acknowledged.size()) {
            finding(present.size() + " annotations present " + when + " but " + acknowledged.size()
                    + " acknowledged: the refused one was half-saved");
        }
    }

    private static void prepare(Path file) {
        try (Workspace workspace = Workspace.open(file)) {
            prepareArticle(workspace);
        }
    }

    /** The folder was remounted read-only after {@link #prepare}: refused at open, with the reason, unchanged. */
    private static void openReadOnly(Path disk) throws Exception {
        Path file = disk.resolve("w.db");
        byte[] before = Files.readAllBytes(file);
        expectNotWritable(file, "an existing workspace");
        expectNotWritable(disk.resolve("new.db"), "a new workspace");
        if (!java.util.Arrays.equals(before, Files.readAllBytes(file))) {
            finding("the refused workspace changed");
        }
    }

    private static void expectNotWritable(Path file, String what) {
        try (Workspace opened = Workspace.open(file)) {
            finding(what + " on a read-only file system opened for writing");
        } catch (WorkspaceOpenException e) {
            System.out.println("refused " + what + ": " + e.getMessage());
            if (e.reason() != WorkspaceOpenException.Reason.NOT_WRITABLE || !e.getMessage().contains("read-only")) {
                finding(what + " refused unclearly: " + e.reason() + " " + e.getMessage());
            }
        }
    }

    private static String integrity(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    private static void finding(String finding) {
        System.out.println("finding: " + finding);
    }
}
