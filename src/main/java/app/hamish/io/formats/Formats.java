package app.hamish.io.formats;

import app.hamish.io.AnnotationImporter;
import app.hamish.io.Exporter;
import app.hamish.io.ReviewCsvExporter;
import app.hamish.io.TrainingJsonlExporter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The interchange formats, by the names {@code --format} takes. */
public final class Formats {
    /**
     * What an export may be asked for beyond the format; only CSV has anything.
     *
     * @param byteOrderMark CSV: begin with a byte-order mark (for Excel)
     * @param raw CSV: cells exactly as they are, for programs, without the guard against spreadsheet formulas
     */
    public record ExportOptions(boolean byteOrderMark, boolean raw) {
        /** For a spreadsheet: guarded cells, and a byte-order mark or not. */
        public ExportOptions(boolean byteOrderMark) {
            this(byteOrderMark, false);
        }
    }

    /** What an import may be asked for beyond the format: what the file's offsets count. */
    public record ImportOptions(OffsetUnit offsetUnit) {
        public static final ImportOptions DEFAULT = new ImportOptions(OffsetUnit.CODEPOINT);
    }

    /** What a format's files are for. */
    public enum Kind {
        /** Hamish's own training data. */
        TRAINING,
        /** Hamish's own review table. */
        REVIEW,
        /** Another tool's format. */
        INTERCHANGE
    }

    /**
     * One format.
     *
     * @param source the tool it comes from, naming the annotator its imports land under ({@code import:SOURCE})
     * @param extension what its export's file name ends with, without the dot
     * @param importers null where Hamish only writes the format
     * @param readsUtf16 whether its files may count UTF-16 code units ({@code --offset-unit utf16})
     */
    public record Format(String name, String source, Kind kind, String extension,
                         Function<ExportOptions, Exporter> exporter,
                         Function<ImportOptions, AnnotationImporter> importers, boolean readsUtf16) {
        /**
         * Training data is gold by default (the accepted annotations of signed-off articles), so an unreviewed
         * guess never trains a model unasked; every other export is of all annotations, each with its status.
         */
        public boolean goldByDefault() {
            return kind == Kind.TRAINING;
        }

        public Exporter exporter(ExportOptions options) {
            return exporter.apply(options);
        }

        /** The importer for code-point offsets. */
        public AnnotationImporter importer() {
            return importer(ImportOptions.DEFAULT);
        }

        public AnnotationImporter importer(ImportOptions options) {
            return importers.apply(options);
        }

        public boolean imports() {
            return importers != null;
        }

        public String annotator() {
            return "import:" + source;
        }
    }

    private static final List<Format> ALL = List.of(
            new Format("jsonl", "jsonl", Kind.TRAINING, "jsonl", options -> new TrainingJsonlExporter(),
                    options -> new HamishJsonlImporter(), false),
            new Format("csv", "csv", Kind.REVIEW, "csv",
                    options -> new ReviewCsvExporter(options.byteOrderMark(), options.raw()), null, false),
            new Format("doccano", "doccano", Kind.INTERCHANGE, "jsonl", options -> new DoccanoExporter(false),
                    options -> new DoccanoImporter(options.offsetUnit()), true),
            new Format("doccano-relations", "doccano", Kind.INTERCHANGE, "jsonl",
                    options -> new DoccanoExporter(true), options -> new DoccanoImporter(options.offsetUnit()), true),
            new Format("spacy", "spacy", Kind.INTERCHANGE, "jsonl", options -> new SpacyExporter(),
                    options -> new SpacyImporter(options.offsetUnit()), true),
            new Format("labelstudio", "labelstudio", Kind.INTERCHANGE, "json",
                    options -> new LabelStudioExporter(),
                    options -> new LabelStudioImporter(options.offsetUnit()), true),
            new Format("brat", "brat", Kind.INTERCHANGE, "zip", options -> new BratExporter(),
                    options -> new BratImporter(options.offsetUnit()), true),
            new Format("conll", "conll", Kind.INTERCHANGE, "conll", options -> new ConllExporter(),
                    options -> new ConllImporter(), false));

    private Formats() {
    }

    public static List<Format> all() {
        return ALL;
    }

    public static Optional<Format> named(String name) {
        return ALL.stream().filter(format -> format.name().equals(name)).findFirst();
    }

    /** The first format of this kind: Hamish has one training and one review format. */
    public static Format of(Kind kind) {
        return ALL.stream().filter(format -> format.kind() == kind).findFirst().orElseThrow();
    }

    public static List<String> names() {
        return ALL.stream().map(Format::name).toList();
    }
}
