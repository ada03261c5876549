package app.hamish.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScreenshotCommandTest {
    @TempDir
    Path folder;

    @Test
    void rendersTheWorkbenchOnASeedArticleToAPng() throws Exception {
        Path png = folder.resolve("shots/main.png");
        int code = Main.commandLine().execute("screenshot", "--workspace", folder.resolve("w.db").toString(),
                "--article", "003_1ba4dc8c3db29aaa", "--width", "1000", "--height", "640", "--out", png.toString());
        assertThat(code).isZero();
        WorkbenchPng.assertRendered(png, 1000, 640);
    }

    @Test
    void anArticleOrAnnotationThatIsNotThereIsRefusedAndNothingIsWritten() {
        String workspace = folder.resolve("w.db").toString();
        Path png = folder.resolve("shot.png");
        StringWriter err = new StringWriter();
        CommandLine missingArticle = Main.commandLine().setErr(new PrintWriter(err, true));
        assertThat(missingArticle.execute("screenshot", "--workspace", workspace, "--article", "no_such_article",
                "--out", png.toString())).isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(err.toString()).contains("There is no article no_such_article in");

        CommandLine missingAnnotation = Main.commandLine().setErr(new PrintWriter(err, true));
        assertThat(missingAnnotation.execute("screenshot", "--workspace", workspace, "--article",
                "003_1ba4dc8c3db29aaa", "--select", "999", "--out", png.toString()))
                .isEqualTo(ExitCodes.INPUT_REFUSED);
        assertThat(err.toString()).contains("Article 003_1ba4dc8c3db29aaa has no annotation 999");
        assertThat(png).doesNotExist();
    }
}
