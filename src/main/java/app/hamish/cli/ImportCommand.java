package app.hamish.cli;

import app.hamish.io.AnnotationImport;
import app.hamish.io.AnnotationImporter;
import app.hamish.io.ArticleFiles;
import app.hamish.io.InputException;
import app.hamish.io.LabelMapping;
import app.hamish.io.Progress;
import app.hamish.io.ReadAhead;
import app.hamish.io.formats.Formats;
import app.hamish.io.formats.OffsetUnit;
import app.hamish.model.ArticleFeed;
import app.hamish.model.ImportReport;
import app.hamish.model.PreparedArticle;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"Import articles from .txt files, .jsonl files and folders of them, or with "
        + "--format annotated files from another tool (see docs/formats.md).",
        "All or nothing: any bad file stops the whole import and nothing is added."})
final class ImportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatNames.class,
            completionCandidates = FormatNames.class, description = "Import annotations in this format: jsonl, "
            + "doccano, doccano-relations, spacy, labelstudio, brat (.ann files, folders, .zip) or conll. They land "
            + "under the annotator import:FORMAT (or --annotator); articles are matched by their text or added.")
    Formats.Format format;

    @Option(names = "--map", paramLabel = "SRC=DST", description = "With --format: read the file's label SRC as "
            + "this workspace's DST, e.g. PER=ENTITY:person (repeatable). Unmapped unknown labels are refused.")
    List<String> mappings = List.of();

    @Option(names = "--offset-unit", paramLabel = "UNIT", defaultValue = "codepoint", description = "With --format "
            + "doccano, doccano-relations, spacy, labelstudio or brat: what the file's offsets count, codepoint "
            + "(default, as Python counts) or utf16 (JavaScript string indices, as doccano's sequence labelling "
            + "counts them).")
    String offsetUnit;

    @Option(names = "--annotator", paramLabel = "NAME", description = "With --format: put the annotations in this "
            + "person's layer (pre-annotations, or their work in another tool) instead of import:FORMAT; refused "
            + "while that layer is submitted, in review or signed off.")
    String annotator;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == null) {
            if (!mappings.isEmpty() || !offsetUnit.equals(OffsetUnit.CODEPOINT.code()) || annotator != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--map, --offset-unit and --annotator need --format");
            }
            return importArticles();
        }
        if (!format.imports()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Hamish writes " + format.name()
                    + " but does not read it");
        }
        if (annotator != null && AnnotationImport.isImportLayer(annotator.strip())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--annotator names a person; "
                    + annotator + " is an importer's own layer name");
        }
        LabelMapping mapping;
        try {
            mapping = LabelMapping.parse(mappings);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--map: " + e.getMessage());
        }
        AnnotationImporter.Reading reading = format.importer(importOptions()).readAll(paths, Progress.NONE);
        if (!reading.problems().isEmpty() && !exists()) {
            // A refused import must not create the workspace, so only one that exists checks the labels too.
            throw new InputException(reading.problems());
        }
        changeCreatingIfAbsent(opened -> {
            AnnotationImport.Summary summary = AnnotationImport.run(opened, layer(), reading, mapping,
                    Progress.NONE);
            spec.commandLine().getOut().printf("Imported %d annotation(s) and %d relation(s) as %s into %s "
                            + "(%d already there); %d new article(s), %d matched by their text.%n",
                    summary.annotationsAdded(), summary.relationsAdded(), summary.annotator(), opened.location(),
                    summary.annotationsPresent() + summary.relationsPresent(), summary.articlesAdded(),
                    summary.articlesMatched());
            SearchIndexFill.run(opened, spec.commandLine().getOut(), spec.commandLine().getErr());
        });
        return ExitCodes.OK;
    }

    /** The person named, or the importer's own layer. */
    private String layer() {
        return annotator == null ? format.annotator() : annotator.strip();
    }

    private Formats.ImportOptions importOptions() {
        OffsetUnit unit = OffsetUnit.fromCode(offsetUnit).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--offset-unit is codepoint or utf16, not " + offsetUnit));
        if (unit == OffsetUnit.UTF16 && !format.readsUtf16()) {
            throw new CommandLine.ParameterException(spec.commandLine(), format.name()
                    + " offsets are code points; --offset-unit utf16 is for doccano, spacy, labelstudio and brat");
        }
        return new Formats.ImportOptions(unit);
    }

    private int importArticles() {
        // Into an existing file, stored while the rest are read, in one transaction: a refused file, found later,
        // undoes it all. A server's store reads them all before it locks the workspace for its other clients.
        try (ReadAhead<PreparedArticle> reading = ArticleFiles.readAhead(paths, Progress.NONE)) {
            ArticleFeed feed = exists() ? reading::next : readWhole(reading);
            changeCreatingIfAbsent(opened -> {
                ImportReport report = opened.corpus().importArticles(feed);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("Imported %d article(s) into %s.%n", report.imported().size(), opened.location());
                for (ImportReport.Duplicate duplicate : report.skipped()) {
                    out.printf("Skipped %s: same text as article %s.%n", duplicate.article().sourceName(),
                            duplicate.existingExternalId());
                }
                SearchIndexFill.run(opened, out, spec.commandLine().getErr());
            });
        }
        return ExitCodes.OK;
    }

    /**
     * Every article read before a new workspace is created: refused files, or an import stopped while reading
     * (Ctrl+C, a kill), then leave no workspace behind, as when every import read first.
     */
    private static ArticleFeed readWhole(ReadAhead<PreparedArticle> reading) {
        List<PreparedArticle> read = new ArrayList<>();
        for (PreparedArticle article = reading.next(); article != null; article = reading.next()) {
            read.add(article);
        }
        Iterator<PreparedArticle> articles = read.iterator();
        return () -> articles.hasNext() ? articles.next() : null;
    }
}
