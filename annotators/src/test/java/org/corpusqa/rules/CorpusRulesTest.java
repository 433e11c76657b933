package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corpusqa.check.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CorpusRulesTest {

    private static DocumentSummary summary(String name, String text) {
        return DocumentSummary.of(SourceDocumentView.of(name, text));
    }

    private static List<String> render(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.document() + Findings.render(f));
        }
        return lines;
    }

    /** A story of random words from a vocabulary large enough that unrelated stories share no 5-grams. */
    static String story(Random random, int words) {
        StringBuilder text =
                new StringBuilder("Headline ").append(random.nextInt(1_000_000)).append("\n\n");
        for (int i = 0; i < words; i++) {
            text.append("w").append(random.nextInt(5000)).append(i % 20 == 19 ? ".\n" : " ");
        }
        return text.toString();
    }

    /** The story with {@code changes} words replaced at random places. */
    static String edit(Random random, String story, int changes) {
        String[] tokens = story.split(" ");
        for (int i = 0; i < changes; i++) {
            int at = 2 + random.nextInt(tokens.length - 2);
            tokens[at] = "changed" + i;
        }
        return String.join(" ", tokens);
    }

    @Nested
    class Duplicates {
        @Test
        void reportsLaterCopiesOfADocumentOnce() {
            String text = "Title\n\nRussia and Turkey held talks in Ankara on Idlib.\n";
            List<Finding> findings = new DuplicateFinder()
                    .run(List.of(
                            summary("c.txt", text.replace("\n", "\r\n").toUpperCase()),
                            summary("a.txt", text),
                            summary("b.txt", "date 2020-02-15 " + text),
                            summary("d.txt", "Title\n\nSomething else entirely.\n")));

            assertThat(findings)
                    .extracting(f -> f.document() + ": " + f.message())
                    .containsExactly(
                            "b.txt: Duplicate document: same text as a.txt",
                            "c.txt: Duplicate document: same text as a.txt");
        }

        @Test
        void doesNotTreatEmptyDocumentsAsCopies() {
            assertThat(new DuplicateFinder().run(List.of(summary("a.txt", ""), summary("b.txt", "\n\n"))))
                    .isEmpty();
        }
    }

    @Nested
    class NearDuplicates {
        @Test
        void findsEditedCopiesAmongTwoHundredDocumentsAndOnlyThem() {
            Random random = new Random(42);
            List<DocumentSummary> summaries = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 190; i++) {
                String text = story(random, 300);
                summaries.add(summary(String.format("doc%03d.txt", i), text));
                if (i % 40 == 0) {
                    summaries.add(summary(String.format("doc%03d~edited.txt", i), edit(random, text, 3)));
                    expected.add(String.format("doc%03d~edited.txt", i));
                }
                if (i % 90 == 1) {
                    summaries.add(summary(String.format("doc%03d~copy.txt", i), text.replace(" ", "  ")));
                }
                if (i % 50 == 2) {
                    summaries.add(summary(String.format("doc%03d~rewritten.txt", i), edit(random, text, 40)));
                }
            }
            Collections.shuffle(summaries, random);

            List<Finding> findings = new CorpusRules().merge(summaries);

            assertThat(findings)
                    .filteredOn(f -> f.ruleId().equals("near-duplicate-document"))
                    .extracting(Finding::document)
                    .containsExactlyElementsOf(expected);
            assertThat(findings)
                    .filteredOn(f -> f.ruleId().equals("duplicate-document"))
                    .extracting(Finding::document)
                    .containsExactly("doc001~copy.txt", "doc091~copy.txt", "doc181~copy.txt");
        }

        @Test
        void namesBothDocumentsAndTheSimilarity() {
            Random random = new Random(7);
            String text = story(random, 200);
            List<Finding> findings = new NearDuplicateDocumentRule()
                    .merge(List.of(summary("a.txt", text), summary("b.txt", edit(random, text, 2))));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(Findings.render(f)).isEqualTo("[1,1] near-duplicate-document ''");
                assertThat(f.document()).isEqualTo("b.txt");
                assertThat(f.message())
                        .matches("Near-duplicate document: a\\.txt and b\\.txt share most of their text \\(estimated"
                                + " Jaccard similarity 0\\.[89]\\d of 5-word shingles\\)");
            });
        }

        @Test
        void skipsShortDocuments() {
            String text = "Title\n\nRussia and Turkey held talks in Ankara.\n";
            assertThat(new NearDuplicateDocumentRule()
                            .merge(List.of(summary("a.txt", text), summary("b.txt", text + "Yes.\n"))))
                    .isEmpty();
        }

        @Test
        void rejectsAThresholdOutsideZeroToOne() {
            assertThatThrownBy(() -> new NearDuplicateDocumentRule(1.5))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1.5");
        }
    }

    @Nested
    class Boilerplate {
        @Test
        void reportsEveryOccurrenceOfAShortLineRepeatedInOneDocument() {
            String text =
                    "Kremlin asks Turkey\r\n\r\nThe Kremlin said so.\r\nblock\r\n\r\nMore text here.\r\n\r\nblock";
            List<Finding> findings = new BoilerplateLineRule().merge(List.of(summary("001.txt", text)));

            assertThat(render(findings))
                    .containsExactly("001.txt[4,1] boilerplate-line 'block'", "001.txt[8,1] boilerplate-line 'block'");
            assertThat(findings.get(0).message())
                    .isEqualTo("Boilerplate line 'block': occurs 2 times in this document");
        }

        @Test
        void leavesRepeatedShortSentencesAndTheTitleAlone() {
            String text = "Idlib\n\nIdlib\n“No.”\nHe paused.\n“No.”\n";
            assertThat(new BoilerplateLineRule().merge(List.of(summary("a.txt", text))))
                    .isEmpty();
        }

        @Test
        void reportsShortLinesFoundInManyDocuments() {
            List<DocumentSummary> summaries = List.of(
                    summary("a.txt", "A\n\nText one.\nAdvertisement\n"),
                    summary("b.txt", "B\n\nADVERTISEMENT\nText two.\n"),
                    summary("c.txt", "C\n\nText three.\n  Advertisement\n"),
                    summary("d.txt", "D\n\nText four.\nRead more\n"),
                    summary("e.txt", "E\n\nText five.\nRead more\n"));

            List<Finding> findings = new BoilerplateLineRule().merge(summaries);

            assertThat(render(findings))
                    .containsExactly(
                            "a.txt[4,1] boilerplate-line 'Advertisement'",
                            "b.txt[3,1] boilerplate-line 'ADVERTISEMENT'",
                            "c.txt[4,3] boilerplate-line 'Advertisement'");
            assertThat(findings.get(0).message())
                    .isEqualTo("Boilerplate line 'Advertisement': appears in 3 of 5 documents");
        }

        @Test
        void needsOnePercentOfALargeCorpus() {
            assertThat(new BoilerplateLineRule().merge(corpusWithGalleryLines(1000, 9)))
                    .isEmpty();
            assertThat(new BoilerplateLineRule().merge(corpusWithGalleryLines(1000, 10)))
                    .hasSize(10);
        }

        private List<DocumentSummary> corpusWithGalleryLines(int documents, int withLine) {
            List<DocumentSummary> summaries = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                summaries.add(
                        summary("d" + i + ".txt", "T\n\nText " + i + ".\n" + (i < withLine ? "Photo gallery\n" : "")));
            }
            return summaries;
        }
    }

    @Test
    void resultsDoNotDependOnSummaryOrder() {
        Random random = new Random(3);
        String text = story(random, 100);
        List<DocumentSummary> summaries = new ArrayList<>(
                List.of(summary("b.txt", text), summary("a.txt", text), summary("c.txt", edit(random, text, 1))));
        List<Finding> forward = new CorpusRules().merge(summaries);
        Collections.reverse(summaries);
        assertThat(new CorpusRules().merge(summaries)).isEqualTo(forward);
        assertThat(forward)
                .extracting(f -> f.document() + " " + f.ruleId())
                .containsExactly("b.txt duplicate-document", "c.txt near-duplicate-document");
    }

    /** Runs only the duplicate rule. */
    private static final class DuplicateFinder {
        List<Finding> run(List<DocumentSummary> summaries) {
            return new DuplicateDocumentRule().merge(sorted(summaries));
        }

        private static List<DocumentSummary> sorted(List<DocumentSummary> summaries) {
            List<DocumentSummary> copy = new ArrayList<>(summaries);
            copy.sort(java.util.Comparator.comparing(DocumentSummary::relativePath));
            return copy;
        }
    }
}
