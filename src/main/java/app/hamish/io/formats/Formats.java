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
    /** What an export may be asked for beyond the format; only CSV has anything. */
    public record ExportOptions(boolean byteOrderMark) {
    }

    /**
     * One format.
     *
     * @param source the tool it comes from, naming the annotator its imports land under ({@code import:SOURCE})
     * @param importer null where Hamish only writes the format
     */
    public record Format(String name, String source, Function<ExportOptions, Exporter> exporter,
                         AnnotationImporter importer) {
        public Exporter exporter(ExportOptions options) {
            return exporter.apply(options);
        }

        public boolean imports() {
            return importer != null;
        }

        public String annotator() {
            return "import:" + source;
        }
    }

    private static final List<Format> ALL = List.of(
            new Format("jsonl", "jsonl", options -> new TrainingJsonlExporter(), new HamishJsonlImporter()),
            new Format("csv", "csv", options -> new ReviewCsvExporter(options.byteOrderMark()), null),
            new Format("doccano", "doccano", options -> new DoccanoExporter(false), new DoccanoImporter()),
            new Format("doccano-relations", "doccano", options -> new DoccanoExporter(true), new DoccanoImporter()),
            new Format("spacy", "spacy", options -> new SpacyExporter(), new SpacyImporter()),
            new Format("labelstudio", "labelstudio", options -> new LabelStudioExporter(), new LabelStudioImporter()),
            new Format("brat", "brat", options -> new BratExporter(), new BratImporter()),
            new Format("conll", "conll", options -> new ConllExporter(), new ConllImporter()));

    private Formats() {
    }

    public static List<Format> all() {
        return ALL;
    }

    public static Optional<Format> named(String name) {
        return ALL.stream().filter(format -> format.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Format::name).toList();
    }
}
