package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Applies the shipped GitHub Actions problem matcher to console lines. The runner evaluates the
 * regexp with JavaScript semantics; it only uses constructs that Java reads the same way.
 */
class ProblemMatcherTest {
    private static final String ESC = "\u001b";
    private static JsonNode pattern;
    private static Pattern regexp;

    @BeforeAll
    static void loadTheMatcherFromTheJarResources() throws IOException {
        try (InputStream in = PlainWriter.class.getResourceAsStream("/META-INF/corpusqa/problem-matcher.json")) {
            JsonNode matcher = new ObjectMapper().readTree(in).at("/problemMatcher/0");
            assertThat(matcher.path("owner").asText()).isEqualTo("corpusqa");
            pattern = matcher.at("/pattern/0");
        }
        regexp = Pattern.compile(pattern.path("regexp").asText());
    }

    private static String group(Matcher match, String field) {
        return match.group(pattern.path(field).asInt());
    }

    private static Matcher match(String line) {
        Matcher match = regexp.matcher(line);
        assertThat(match.matches()).as(line).isTrue();
        return match;
    }

    @Test
    void readsAnErrorLineAsMavenPrintsIt() {
        Path base = Path.of("/m").toAbsolutePath();
        String line = new PlainWriter(base)
                .format(Findings.at(
                        base.resolve("src/corpus"),
                        "2020/a.txt",
                        "Intro.\nMr Smith said so.",
                        7,
                        15,
                        "unresolved-actor",
                        Severity.ERROR));

        Matcher match = match("[ERROR] " + line);

        assertThat(group(match, "severity")).isEqualTo("ERROR");
        assertThat(group(match, "file")).isEqualTo("src/corpus/2020/a.txt");
        assertThat(group(match, "line")).isEqualTo("2");
        assertThat(group(match, "column")).isEqualTo("1");
        assertThat(group(match, "code")).isEqualTo("unresolved-actor");
        assertThat(group(match, "message")).isEqualTo("unresolved mention 'Mr Smith' (add it to actors.yml)");
    }

    @Test
    void readsAWarningLineWithMavensColours() {
        Matcher match = match("[" + ESC + "[1;33mWARNING" + ESC + "[m] corpus/b c.txt:[14,3] (typography)"
                + " mixed-quote-marks: quote opened with \u201C closed with \"");

        assertThat(group(match, "severity")).isEqualTo("WARNING");
        assertThat(group(match, "file")).isEqualTo("corpus/b c.txt");
        assertThat(group(match, "line")).isEqualTo("14");
        assertThat(group(match, "column")).isEqualTo("3");
        assertThat(group(match, "code")).isEqualTo("mixed-quote-marks");
    }

    @Test
    void readsAWindowsPath() {
        Matcher match = match("[ERROR] C:/a/corpus/x.txt:[1,1] (encoding) malformed-encoding: bad byte");

        assertThat(group(match, "file")).isEqualTo("C:/a/corpus/x.txt");
    }

    @Test
    void ignoresInfoLinesCompilerErrorsAndCheckstyleRules() {
        assertThat(regexp.matcher("[INFO] corpus/a.txt:[1,1] (reference) unresolved-actor: m")
                        .matches())
                .isFalse();
        assertThat(regexp.matcher("[ERROR] /src/A.java:[43,59] cannot find symbol")
                        .matches())
                .isFalse();
        assertThat(regexp.matcher("[ERROR] src/A.java:[10,5] (javadoc) JavadocMethod: missing @param")
                        .matches())
                .isFalse();
        assertThat(regexp.matcher("[ERROR] Failed to execute goal org.corpusqa:corpusqa-maven-plugin:check")
                        .matches())
                .isFalse();
    }
}
