package org.corpusqa.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusqa.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {
    private final Finding mujahid = TestFindings.actor("wire/2020/a.txt", 3, 5, 20, "Abu Mujahid");
    private final Finding mujahidElsewhere = TestFindings.actor("b.txt", 3, 5, 20, "Abu Mujahid");
    private final Finding accent = TestFindings.finding("accent-apostrophe", "archive/x.txt", 1, 7, 6, "´");

    @TempDir
    Path dir;

    private static Suppressions parse(String yaml) throws RulesFileException {
        return Suppressions.parse(yaml, "suppressions.yml");
    }

    @Test
    void matchesByRuleFilesAndExactText() throws Exception {
        Suppressions suppressions = parse(
                """
                # accepted findings
                suppressions:
                  - rule: unresolved-actor
                    files: "wire/**"
                    text: Abu Mujahid
                    reason: nom de guerre, kept out of the registry on purpose
                """);

        assertThat(suppressions.match(mujahid)).get().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("nom de guerre, kept out of the registry on purpose");
            assertThat(s.location()).isEqualTo("suppressions.yml:3");
        });
        assertThat(suppressions.match(mujahidElsewhere)).isEmpty();
        assertThat(suppressions.match(TestFindings.actor("wire/c.txt", 1, 1, 0, "Abu Mujahid al-Turki")))
                .isEmpty();
    }

    @Test
    void matchesACategoryAndAWholeTextPattern() throws Exception {
        Suppressions suppressions = parse(
                """
                suppressions:
                  - rule: typography
                    pattern: "[´`]"
                    reason: archive kept as published
                  - rule: reference
                    pattern: "Abu .*"
                    reason: kunyas are not registry names
                """);

        assertThat(suppressions.match(accent)).isPresent();
        assertThat(suppressions.match(mujahidElsewhere))
                .get()
                .extracting(Suppression::line)
                .isEqualTo(5);
        assertThat(suppressions.match(TestFindings.actor("b.txt", 1, 1, 0, "Said Abu Mujahid")))
                .isEmpty();
    }

    @Test
    void globWithLeadingStarsAlsoMatchesTheRoot() throws Exception {
        Suppressions suppressions = parse(
                """
                suppressions:
                  - {rule: unresolved-actor, files: "**/b.txt", reason: test}
                """);
        assertThat(suppressions.match(mujahidElsewhere)).isPresent();
    }

    @Test
    void readsAFileAndTreatsAnEmptyOneAsNone() throws Exception {
        Path file = dir.resolve("s.yml");
        Files.writeString(file, "suppressions:\n  - rule: mojibake\n    reason: vendor feed\n");
        assertThat(Suppressions.load(file).entries()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("mojibake");
            assertThat(s.files()).isEmpty();
            assertThat(s.source()).isEqualTo(file.toString());
        });
        Files.writeString(file, "# nothing yet\n");
        assertThat(Suppressions.load(file).entries()).isEmpty();
        Files.writeString(file, "suppressions:\n");
        assertThat(Suppressions.load(file).entries()).isEmpty();
    }

    @Test
    void requiresAReasonNamingTheEntrysPosition() {
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: mojibake\n    files: a.txt\n"))
                .isInstanceOf(RulesFileException.class)
                .hasMessage("suppressions.yml:[2,5] a suppression needs a 'reason': why is this finding acceptable?");
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: mojibake\n    reason: '  '\n"))
                .hasMessage("suppressions.yml:[3,13] empty 'reason'");
    }

    @Test
    void rejectsUnknownRulesAndKeysAtTheirPosition() {
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: unresolved-actr\n    reason: x\n"))
                .isInstanceOf(RulesFileException.class)
                .hasMessageStartingWith("suppressions.yml:[2,11] unknown rule or category 'unresolved-actr'"
                        + " (categories: encoding, ");
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: mojibake\n    file: a.txt\n    reason: x\n"))
                .hasMessageStartingWith("suppressions.yml:[3,5] unknown key 'file' (expected one of ");
        assertThatThrownBy(() -> parse("suppression:\n  - rule: mojibake\n"))
                .hasMessage("suppressions.yml:[1,1] unknown top-level key 'suppression' (expected 'suppressions')");
        assertThatThrownBy(() -> parse("suppressions:\n  - reason: x\n"))
                .hasMessage("suppressions.yml:[2,5] a suppression needs 'rule' (a rule id or a category)");
    }

    @Test
    void rejectsBadPatternsAndTextWithPattern() {
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: mojibake\n    pattern: 'a(b'\n    reason: x\n"))
                .isInstanceOf(RulesFileException.class)
                .hasMessageStartingWith("suppressions.yml:[3,14] bad pattern: Unclosed group");
        assertThatThrownBy(
                        () -> parse("suppressions:\n  - rule: mojibake\n    text: a\n    pattern: a\n    reason: x\n"))
                .hasMessage("suppressions.yml:[4,14] give 'text' or 'pattern', not both");
    }

    @Test
    void reportsYamlSyntaxErrorsAndDuplicateKeysWithPosition() {
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: mojibake\n   reason: [x\n"))
                .isInstanceOf(RulesFileException.class)
                .hasMessageStartingWith("suppressions.yml:[");
        assertThatThrownBy(() -> parse("suppressions:\n  - rule: mojibake\n    rule: bom\n    reason: x\n"))
                .hasMessage("suppressions.yml:[3,5] duplicate key 'rule'");
        assertThatThrownBy(() -> parse("suppressions: {rule: bom}\n"))
                .hasMessage("suppressions.yml:[1,15] 'suppressions' must be a list of entries");
    }

    @Test
    void rejectsAFileThatIsNotUtf8() throws Exception {
        Path file = dir.resolve("latin1.yml");
        Files.write(file, "suppressions: # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Suppressions.load(file))
                .isInstanceOf(RulesFileException.class)
                .hasMessageEndingWith(":[1,1] the suppressions file is not valid UTF-8");
    }
}
