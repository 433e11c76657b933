package org.corpusqa.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckSettingsTest {

    @TempDir
    Path module;

    private CheckSettings settings() {
        CheckSettings settings = new CheckSettings();
        settings.basedir = module.toFile();
        settings.corpusDirectories = List.of(module.resolve("corpus").toFile());
        settings.includes = List.of("**/*.txt");
        settings.encoding = "UTF-8";
        settings.metadataFile = "corpus-metadata.tsv";
        settings.outputDirectory = module.resolve("target/corpusqa").toFile();
        return settings;
    }

    @Test
    void buildsTheRequestFromTheParameterValues() {
        CheckSettings settings = settings();
        settings.threads = 3;
        settings.rules = Map.of("missing-date", "info");
        settings.violationIgnore = "typography";
        settings.baselineFile = module.resolve("baseline.tsv").toFile();

        CheckRequest request = settings.request(new SystemStreamLog());

        assertThat(request.corpusDirectories()).containsExactly(module.resolve("corpus"));
        assertThat(request.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(request.threads()).isEqualTo(3);
        assertThat(request.ruleSeverities()).containsEntry("missing-date", "info");
        assertThat(request.violationIgnore()).isEqualTo("typography");
        assertThat(request.baselineFile()).isEqualTo(module.resolve("baseline.tsv"));
        assertThat(request.cacheFile()).isNull();
    }

    @Test
    void unsetListsAndThreadsFallBackToNoneAndAllCores() {
        CheckSettings settings = settings();
        settings.excludes = null;

        CheckRequest request = settings.request(new SystemStreamLog());

        assertThat(request.excludes()).isEmpty();
        assertThat(request.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void withoutAProjectTheUninterpolatedBasedirBecomesTheWorkingDirectory() {
        CheckSettings settings = new CheckSettings();
        settings.basedir = new File("${project.basedir}");
        Path cwd = Path.of("").toAbsolutePath();

        assertThat(settings.baseDirectory()).isEqualTo(cwd.normalize());
        assertThat(settings.path(new File(cwd.toFile(), "${project.basedir}/corpus")))
                .isEqualTo(cwd.resolve("corpus"));
    }

    @Test
    void relativePathsAreRelativeToTheModule() {
        CheckSettings settings = settings();

        assertThat(settings.relative(module.resolve("corpus/a.txt"))).isEqualTo("corpus" + File.separator + "a.txt");
    }

    @Test
    void anUnknownEncodingNamesTheParameter() {
        CheckSettings settings = settings();
        settings.encoding = "no-such-charset";

        assertThatThrownBy(() -> settings.request(new SystemStreamLog()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter 'encoding' (corpusqa.encoding)");
    }

    @Test
    void aMissingEncodingFallsBackToUtf8WithAWarning() {
        CheckSettings settings = settings();
        settings.encoding = "";
        List<CharSequence> warnings = new ArrayList<>();

        settings.charset(new SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content);
            }
        });

        assertThat(warnings).singleElement().asString().contains("reading documents as UTF-8");
    }

    @Test
    void violationSeverityIsParsedOrNamedInTheError() {
        assertThat(CheckSettings.violationSeverity("Warning")).isEqualTo(Severity.WARNING);
        assertThatThrownBy(() -> CheckSettings.violationSeverity("fatal"))
                .hasMessageStartingWith("parameter 'violationSeverity' (corpusqa.violationSeverity): ");
    }
}
