package org.corpusqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWritersTest {

    private static final EvaluationError MISS = new EvaluationError(
            "sub/a.txt", 2, 5, EvaluationError.Kind.MISS, "Quote", 44, 60, "\"we\tact\nnow\"", "quoteKind=DIRECT", "");

    private static final EvaluationResult RESULT = new EvaluationResult(List.of(new DocumentEvaluation(
            "sub/a.txt",
            Map.of(
                    "Actor", new TypeScores(4, 4, 2, 3, 2, 1),
                    "Location", TypeScores.EMPTY,
                    "Number", new TypeScores(1, 1, 0, 1, 0, 0),
                    "Quote", new TypeScores(1, 0, 0, 0, 0, 0)),
            List.of(MISS))));

    @TempDir
    Path dir;

    @Test
    void writesJsonWithTotalsPerTypeAndPerDocumentRows() throws IOException {
        Path file = dir.resolve("target/" + EvaluationJson.FILE_NAME);
        EvaluationJson.write(RESULT, file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertThat(json.fieldNames()).toIterable().containsExactly("Actor", "Location", "Number", "Quote", "documents");
        JsonNode actor = json.get("Actor");
        assertThat(actor.fieldNames())
                .toIterable()
                .startsWith("precision", "recall", "f1", "f1Overlap", "attributeAccuracy", "tp", "fp", "fn");
        assertThat(actor.get("f1").asDouble()).isEqualTo(0.5);
        assertThat(actor.get("f1Overlap").asDouble()).isEqualTo(0.75);
        assertThat(actor.get("tp").asInt()).isEqualTo(2);
        assertThat(json.get("Number").get("attributeAccuracy").isNull()).isTrue();
        assertThat(json.get("documents").get(0).get("document").asText()).isEqualTo("sub/a.txt");
        assertThat(json.get("documents").get(0).get("Quote").get("fn").asInt()).isEqualTo(1);
    }

    @Test
    void writesOneEscapedTsvRowPerError() throws IOException {
        Path file = dir.resolve(ErrorListWriter.FILE_NAME);
        ErrorListWriter.write(RESULT, file);

        assertThat(Files.readAllLines(file))
                .containsExactly(
                        ErrorListWriter.HEADER,
                        "sub/a.txt\t2\t5\tmiss\tQuote\t44\t60\t\"we\\tact\\nnow\"\tquoteKind=DIRECT\t");
    }

    @Test
    void formatsAFixedWidthTableWithOneRowPerTypeAndPerDocument() {
        List<String> lines = EvaluationTable.lines(RESULT);

        assertThat(lines.get(1)).startsWith("type").contains("precision", "f1-overlap", "attributes");
        assertThat(lines.get(2))
                .isEqualTo(
                        "Actor           4      4      2      2      2     0.500   0.500   0.500      0.750      0.500");
        assertThat(lines.get(4)).contains("Number").endsWith("-");
        assertThat(lines.subList(1, 6))
                .extracting(String::length)
                .containsOnly(lines.get(1).length());
        assertThat(lines.get(7)).startsWith("document ").contains("Actor F1", "Quote F1", "false-alarms");
        assertThat(lines.get(8)).startsWith("sub/a.txt").endsWith("      4             3");
    }
}
