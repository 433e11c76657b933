package org.corpusqa.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.corpusqa.pipeline.UnresolvedReferenceAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCheckerTest {
    private static final PipelineFactory REFERENCES_ONLY =
            request -> AnalysisEngineFactory.createEngineDescription(UnresolvedReferenceAnnotator.class);

    @TempDir
    Path dir;

    @Test
    void writesXmiThatLoadsWithTheTypeSystemAlone() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.writeString(corpus.resolve("a.txt"), "date 2020-02-15 Title\n\nBody text.\n");
        Path out = dir.resolve("out");

        CheckResult result =
                new CorpusChecker("references-only", REFERENCES_ONLY).check(request(dir.resolve("corpus"), out, 2));

        assertThat(result.documents()).isEqualTo(1);
        Path xmi = out.resolve("xmi/sub/a.txt.xmi");
        assertThat(xmi).exists();
        TypeSystemDescription typeSystem = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(
                        new XMLInputSource(out.resolve("xmi/TypeSystem.xml").toFile()));
        CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
        try (InputStream in = Files.newInputStream(xmi)) {
            CasIOUtils.load(in, cas);
        }
        assertThat(cas.getDocumentText()).isEqualTo("date 2020-02-15 Title\n\nBody text.\n");
        assertThat(cas.getAnnotationIndex(cas.getTypeSystem().getType("org.corpusqa.type.DocumentInfo"))
                        .size())
                .isEqualTo(1);
    }

    @Test
    void skipsMalformedDocumentWithByteOffsetAndKeepsTheOthers() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "Fine text.\n");
        byte[] bad = "Caf\u00e9 ok. ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bad.length + 3];
        System.arraycopy(bad, 0, broken, 0, bad.length);
        broken[bad.length] = (byte) 0xC3;
        broken[bad.length + 1] = (byte) 0x28;
        broken[bad.length + 2] = 'x';
        Files.write(corpus.resolve("bad.txt"), broken);
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve("xmi"));
        Files.writeString(out.resolve("xmi/bad.txt.xmi"), "stale");

        CheckResult result = new CorpusChecker("references-only", REFERENCES_ONLY).check(request(corpus, out, 1));

        assertThat(result.unreadable()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("malformed-encoding");
            assertThat(f.message()).isEqualTo("bad.txt: malformed UTF-8 at byte offset 10 (1 bad byte)");
        });
        assertThat(out.resolve("xmi/good.txt.xmi")).exists();
        assertThat(out.resolve("xmi/bad.txt.xmi")).doesNotExist();
    }

    @Test
    void xmiFileThatCannotBeWrittenFailsItsDocumentAndKeepsItOutOfTheCache() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : new String[] {"a", "b", "c"}) {
            Files.writeString(corpus.resolve(name + ".txt"), "Title " + name + "\n\nBody text.\n");
        }
        Path blocking = Files.createDirectories(dir.resolve("out/xmi/b.txt.xmi"));
        Files.writeString(blocking.resolve("in-the-way"), "a directory where the XMI file should go");
        CheckRequest request = CheckRequest.builder()
                .corpusDirectory(corpus)
                .outputDirectory(dir.resolve("out"))
                .cacheFile(dir.resolve("out/cache"))
                .threads(2)
                .build();
        CorpusChecker checker = new CorpusChecker("references-only", REFERENCES_ONLY);

        CheckResult first = checker.check(request);

        assertThat(first.unreadable()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("xmi-write-failure");
            assertThat(f.document()).isEqualTo("b.txt");
            assertThat(f.message()).startsWith("cannot write the XMI of b.txt: ");
        });
        assertThat(first.annotatedDocuments()).containsExactly("a.txt", "c.txt");
        assertThat(dir.resolve("out/xmi/a.txt.xmi")).isRegularFile();
        assertThat(dir.resolve("out/xmi/c.txt.xmi")).isRegularFile();
        assertThat(checker.check(request).reused()).isEqualTo(2);
    }

    @Test
    void resultsDoNotDependOnThreadCount() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(corpus.resolve("d" + i + ".txt"), "Document " + i + ".\n");
        }

        CheckResult one =
                new CorpusChecker("references-only", REFERENCES_ONLY).check(request(corpus, dir.resolve("o1"), 1));
        CheckResult four =
                new CorpusChecker("references-only", REFERENCES_ONLY).check(request(corpus, dir.resolve("o4"), 4));

        assertThat(four.findings()).isEqualTo(one.findings());
        for (int i = 0; i < 12; i++) {
            assertThat(Files.readString(dir.resolve("o4/xmi/d" + i + ".txt.xmi")))
                    .isEqualTo(Files.readString(dir.resolve("o1/xmi/d" + i + ".txt.xmi")));
        }
    }

    @Test
    void reusesUnchangedDocumentsAndRedoesEditedOnesOrAllWhenTheRegistryChanges() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(corpus.resolve("d" + i + ".txt"), "Document " + i + ".\n");
        }
        Path registry = dir.resolve("actors.yml");
        Files.writeString(registry, "actors:\n  - {id: x, name: Xavier Example, kind: PERSON}\n");
        CheckRequest request = CheckRequest.builder()
                .corpusDirectory(corpus)
                .actorRegistry(registry)
                .outputDirectory(dir.resolve("out"))
                .cacheFile(dir.resolve("out/cache"))
                .build();
        CorpusChecker checker = new CorpusChecker("references-only", REFERENCES_ONLY);

        CheckResult first = checker.check(request);
        assertThat(first.reused()).isZero();
        CheckResult second = checker.check(request);
        assertThat(second.reused()).isEqualTo(3);
        assertThat(second.findings()).isEqualTo(first.findings());
        Files.writeString(corpus.resolve("d1.txt"), "Document one, edited.\n");
        assertThat(checker.check(request).reused()).isEqualTo(2);
        Files.writeString(registry, "actors:\n  - {id: y, name: Yvonne Example, kind: PERSON}\n");
        assertThat(checker.check(request).reused()).isZero();
    }

    @Test
    void unchangedCorpusGetsItsCorpusFindingsFromTheCacheWithoutRewritingIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String story = storyOf200Words() + "\nSee you.\n";
        Files.writeString(corpus.resolve("a.txt"), story);
        Files.writeString(corpus.resolve("b.txt"), story.replace("word100", "changed"));
        Files.writeString(corpus.resolve("c.txt"), "Other\n\nSee you.\n\nNothing else here at all.\n");
        Files.writeString(corpus.resolve("d.txt"), "More\n\nSee you.\n\nA different text again.\n");
        Path cacheFile = dir.resolve("out/cache");
        CheckRequest request = CheckRequest.builder()
                .corpusDirectory(corpus)
                .outputDirectory(dir.resolve("out"))
                .cacheFile(cacheFile)
                .build();
        CorpusChecker checker = new CorpusChecker("references-only", REFERENCES_ONLY);

        CheckResult first = checker.check(request);
        Files.setLastModifiedTime(cacheFile, java.nio.file.attribute.FileTime.fromMillis(0));
        CheckResult second = checker.check(request);

        assertThat(first.findings())
                .extracting(Finding::ruleId)
                .contains("near-duplicate-document", "boilerplate-line");
        assertThat(second.reused()).isEqualTo(4);
        assertThat(second.findings()).isEqualTo(first.findings());
        assertThat(Files.getLastModifiedTime(cacheFile).toMillis()).isZero();
    }

    @Test
    void corpusFindingsAreFoundAgainWhenADocumentChanges() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        String story = storyOf200Words();
        Files.writeString(corpus.resolve("a.txt"), story);
        Files.writeString(corpus.resolve("b.txt"), story.replace("word100", "changed"));
        CheckRequest request = CheckRequest.builder()
                .corpusDirectory(corpus)
                .outputDirectory(dir.resolve("out"))
                .cacheFile(dir.resolve("out/cache"))
                .build();
        CorpusChecker checker = new CorpusChecker("references-only", REFERENCES_ONLY);
        assertThat(checker.check(request).findings())
                .extracting(Finding::ruleId)
                .contains("near-duplicate-document");

        Files.writeString(corpus.resolve("b.txt"), "Title\n\nA story of its own, told in other words.\n");
        CheckResult edited = checker.check(request);

        assertThat(edited.reused()).isEqualTo(1);
        assertThat(edited.findings()).extracting(Finding::ruleId).doesNotContain("near-duplicate-document");
    }

    @Test
    void reportsBadRegistryWithItsPosition() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path registry = dir.resolve("actors.yml");
        Files.writeString(registry, "actors:\n  - {id: x, name: X, kind: ROBOT}\n");
        CheckRequest request = CheckRequest.builder()
                .corpusDirectory(corpus)
                .actorRegistry(registry)
                .outputDirectory(dir.resolve("out"))
                .build();

        assertThatThrownBy(() -> new CorpusChecker("references-only", REFERENCES_ONLY).check(request))
                .isInstanceOf(CheckException.class)
                .hasMessageContaining("actors.yml:[2,28] unknown kind 'ROBOT'");
    }

    private static CheckRequest request(Path corpus, Path out, int threads) {
        return CheckRequest.builder()
                .corpusDirectory(corpus)
                .outputDirectory(out)
                .threads(threads)
                .build();
    }

    /** A title and one paragraph of 200 distinct words: long enough for the near-duplicate rule. */
    private static String storyOf200Words() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            words.append(" word").append(i);
        }
        return "Title\n\n" + words.toString().strip() + ".\n";
    }
}
