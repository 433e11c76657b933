package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageWriterTest {
    @TempDir
    Path directory;

    private final PageWriter writer = new PageWriter();

    private Path write(String name, String page) throws Exception {
        Path file = directory.resolve(name);
        writer.start().append(page);
        writer.write(file);
        return file;
    }

    @Test
    void writesThePageAsUtf8() throws Exception {
        String page = "<p>\u2018Idlib\u2019 \u2013 3\u00A0\u20AC \uD83D\uDE00</p>\n";

        assertThat(Files.readAllBytes(write("a.html", page))).isEqualTo(page.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aShorterPageReplacesALongerOneWhole() throws Exception {
        write("a.html", "<p>an earlier, longer page with \u2018quotes\u2019</p>\n".repeat(100));

        Path file = write("a.html", "<p>short</p>\n");

        assertThat(Files.readString(file)).isEqualTo("<p>short</p>\n");
    }

    @Test
    void startsEveryPageEmpty() throws Exception {
        write("a.html", "first");

        assertThat(writer.start()).isEmpty();
        assertThat(Files.readString(write("b.html", "second"))).isEqualTo("second");
    }

    @Test
    void aLoneSurrogateBecomesAQuestionMark() throws Exception {
        assertThat(Files.readString(write("a.html", "a\uD800b"))).isEqualTo("a?b");
    }

    @Test
    void writesAHugePageAndTheSmallOneAfterIt() throws Exception {
        String huge = "\u2018x\u2019 ".repeat(1 << 20);

        assertThat(Files.readString(write("huge.html", huge))).isEqualTo(huge);
        assertThat(Files.readString(write("small.html", "small"))).isEqualTo("small");
    }
}
