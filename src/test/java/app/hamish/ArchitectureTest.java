package app.hamish;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer direction model ← store ← service ← io ← ui/cli, and the input-safety rules of the security review,
 * checked on the compiled production classes.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.hamish");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("app.hamish.model..")
                .layer("store").definedBy("app.hamish.store..")
                .layer("service").definedBy("app.hamish.service..")
                .layer("io").definedBy("app.hamish.io..")
                .layer("ui").definedBy("app.hamish.ui..")
                .layer("cli").definedBy("app.hamish.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("io").mayOnlyBeAccessedByLayers("ui", "cli")
                .whereLayer("service").mayOnlyBeAccessedByLayers("io", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("service", "ui", "cli")
                .check(classes);
    }

    /**
     * Waiting for a frame is shared by the article view, the window and the benches (decision 0083): its package sits
     * under every other part of the interface and so uses none of them, nor anything else of Hamish.
     */
    @Test
    void theFrameHelpersUseOnlyJavaFx() {
        noClasses().that().resideInAPackage("app.hamish.ui.frame..")
                .should().dependOnClassesThat(resideInAPackage("app.hamish..")
                        .and(not(resideInAPackage("app.hamish.ui.frame.."))))
                .check(classes);
    }

    /**
     * JavaFX's internals may change with any release: one class reaches them, to run the CSS pass a pulse's layout
     * leaves over (decision 0096), so that a new JavaFX that breaks it breaks one place.
     */
    @Test
    void onlyTheStylingInAPulseUsesJavaFxInternals() {
        noClasses().that().doNotHaveFullyQualifiedName("app.hamish.ui.frame.StyledInItsPulse")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.javafx..", "com.sun.glass..",
                        "com.sun.prism..")
                .check(classes);
    }

    @Test
    void aboveTheServicesTheStoreIsSeenOnlyThroughItsExceptions() {
        noClasses().that().resideInAnyPackage("app.hamish.ui..", "app.hamish.cli..")
                .should().dependOnClassesThat(resideInAPackage("app.hamish.store..")
                        .and(not(assignableTo(RuntimeException.class))))
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("app.hamish.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void theModelIsPlainJava() {
        noClasses().that().resideInAPackage("app.hamish.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "picocli..", "app.hamish.store..", "app.hamish.service..")
                .check(classes);
    }

    @Test
    void onlyTheRecommenderUsesOpenNlp() {
        noClasses().that().resideOutsideOfPackage("app.hamish.service.recommender..")
                .should().dependOnClassesThat().resideInAPackage("opennlp..")
                .check(classes);
    }

    @Test
    void onlyTheUserInterfaceUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("app.hamish.ui..", "app.hamish.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    /**
     * Offsets are code points everywhere but at the two edges where another unit is the truth: the article view,
     * which JavaFX draws and hit-tests in UTF-16 (decision 0017), and the formats whose files count in UTF-16 or
     * bytes (decision 0008). Anywhere else a conversion is a span about to be wrong.
     */
    @Test
    void utf16OffsetsAreConvertedOnlyAtTheViewsEdgeAndInTheFormatsThatCountThem() {
        noClasses().that().doNotHaveFullyQualifiedName("app.hamish.model.ArticleText")
                .and().doNotHaveFullyQualifiedName("app.hamish.model.NormalizedText")
                .and().doNotHaveFullyQualifiedName("app.hamish.ui.article.ArticleView")
                .and().doNotHaveFullyQualifiedName("app.hamish.ui.article.HighlightIndex")
                .and().doNotHaveFullyQualifiedName("app.hamish.ui.article.ParagraphNode")
                .and().doNotHaveFullyQualifiedName("app.hamish.io.formats.OffsetUnit")
                .and().doNotHaveFullyQualifiedName("app.hamish.io.formats.SourceText")
                .and().doNotHaveFullyQualifiedName("app.hamish.io.formats.DocumentBuilder")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "converts between UTF-16 and code points",
                        call -> call.getTargetOwner().isEquivalentTo(app.hamish.model.ArticleText.class)
                                && java.util.Set.of("toUtf16", "toCodePoints", "toCodePointsRoundingDown",
                                "spanFromUtf16").contains(call.getName())))
                .check(classes);
    }

    /** No XML is parsed at all, so no importer can be handed an external entity (XXE) or an entity bomb. */
    @Test
    void noXmlIsParsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.xml.sax..", "org.w3c.dom..")
                .check(classes);
    }

    /**
     * Article text, notes and file names are shown as plain text nodes: nothing renders HTML or runs script, so
     * a scraped article carrying markup stays text.
     */
    @Test
    void nothingRendersHtml() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..")
                .check(classes);
    }

    /** Archives are read in memory by one class that refuses entries climbing out (zip slip) and zip bombs. */
    @Test
    void onlyTheBratArchiveReaderOpensZipFiles() {
        noClasses().that().doNotHaveFullyQualifiedName("app.hamish.io.formats.BratArchive")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.zip.ZipFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.zip.ZipInputStream")
                .check(classes);
    }
}
