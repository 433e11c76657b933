package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusqa.check.Finding;
import org.corpusqa.corpus.CorpusFile;
import org.corpusqa.corpus.CorpusMetadata;
import org.corpusqa.corpus.CorpusScanner;
import org.corpusqa.corpus.DocumentDecoder;
import org.corpusqa.corpus.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * The text and corpus rules on the seed corpus with default settings: every known defect at its
 * line and column, and nothing else. (The mixed quote pair in 004 is the quote annotator's.)
 */
class SeedCorpusTest {
    private static final Path SEEDS = Path.of("../test-corpus/corpus");

    private static List<String> check(CorpusMetadata metadata) throws Exception {
        List<CorpusFile> files = new CorpusScanner(List.of("**/*.txt"), List.of()).scan(List.of(SEEDS));
        DocumentChecks checks = new DocumentChecks();
        List<Finding> findings = new ArrayList<>();
        List<DocumentSummary> summaries = new ArrayList<>();
        for (CorpusFile file : files) {
            String text = DocumentDecoder.decode(
                    Files.readAllBytes(file.path()), StandardCharsets.UTF_8, file.relativePath());
            SourceDocumentView document = SourceDocumentView.of(SourceDocument.of(file, text, metadata));
            findings.addAll(checks.check(document));
            summaries.add(DocumentSummary.of(document));
        }
        findings.addAll(new CorpusRules().merge(summaries));
        List<String> rendered = new ArrayList<>();
        for (Finding f : findings) {
            rendered.add(f.document().substring(0, 3) + Findings.render(f));
        }
        return rendered;
    }

    @Test
    void reportsExactlyTheKnownDefectsWithTheMetadataFile() throws Exception {
        assertThat(check(CorpusMetadata.read(SEEDS.resolve(CorpusMetadata.DEFAULT_FILE_NAME))))
                .containsExactlyInAnyOrder(
                        "000[3,98] accent-apostrophe '´'",
                        "000[5,7] accent-apostrophe '´'",
                        "000[5,450] accent-apostrophe '´'",
                        "000[5,482] accent-apostrophe '´'",
                        "000[5,513] accent-apostrophe '´'",
                        "001[4,1] duplicate-paragraph 'Moscow's relations with Turkey have come under strain as"
                                + " Russian-backed Syrian government forces have pushed ahead with an offensive in the"
                                + " region.'",
                        "001[5,1] boilerplate-line 'block'",
                        "001[30,1] boilerplate-line 'block'",
                        "004[3,234] nonstandard-space '<U+00A0>'",
                        "004[9,151] nonstandard-space '<U+00A0>'");
    }

    @Test
    void reportsMissingDatesOfAllButTheDatedDocumentWithoutMetadata() throws Exception {
        assertThat(check(CorpusMetadata.none()))
                .filteredOn(line -> line.contains("missing-date"))
                .containsExactlyInAnyOrder(
                        "001[1,1] missing-date ''",
                        "002[1,1] missing-date ''",
                        "003[1,1] missing-date ''",
                        "004[1,1] missing-date ''");
    }
}
