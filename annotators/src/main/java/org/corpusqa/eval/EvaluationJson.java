package org.corpusqa.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes an {@link EvaluationResult} as {@code evaluation.json}, for benches and dashboards:
 *
 * <pre>{@code
 * {"Actor": {"precision": 0.9, "recall": 0.8, "f1": 0.85, "f1Overlap": 0.9,
 *            "attributeAccuracy": 0.95, "tp": 180, "fp": 20, "fn": 45,
 *            "precisionOverlap": …, "recallOverlap": …, "tpOverlap": …, "fpOverlap": …,
 *            "fnOverlap": …, "attributeCorrect": …, "attributeChecked": …},
 *  "Location": {…}, "Number": {…}, "Quote": {…},
 *  "documents": [{"document": "sub/a.txt", "Actor": {…}, "Location": {…}, …}, …]}
 * }</pre>
 *
 * Top-level type objects are the micro-averaged corpus totals. {@code attributeAccuracy} is
 * {@code null} when no span matched exactly.
 */
public final class EvaluationJson {

    /** The conventional file name. */
    public static final String FILE_NAME = "evaluation.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {}

    public static ObjectNode toTree(EvaluationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        addTypes(root, result.totals());
        ArrayNode documents = root.putArray("documents");
        for (DocumentEvaluation document : result.documents()) {
            ObjectNode node = documents.addObject();
            node.put("document", document.document());
            addTypes(node, document.scores());
        }
        return root;
    }

    public static String toJson(EvaluationResult result) {
        try {
            return MAPPER.writeValueAsString(toTree(result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the JSON to a file (UTF-8), creating parent directories. */
    public static void write(EvaluationResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(result) + "\n", StandardCharsets.UTF_8);
    }

    private static void addTypes(ObjectNode parent, Map<String, TypeScores> scores) {
        for (String type : AnnotationRecord.TYPES) {
            TypeScores s = scores.getOrDefault(type, TypeScores.EMPTY);
            ObjectNode node = parent.putObject(type);
            node.put("precision", s.precision());
            node.put("recall", s.recall());
            node.put("f1", s.f1());
            node.put("f1Overlap", s.f1Overlap());
            double accuracy = s.attributeAccuracy();
            if (Double.isNaN(accuracy)) {
                node.putNull("attributeAccuracy");
            } else {
                node.put("attributeAccuracy", accuracy);
            }
            node.put("tp", s.tp());
            node.put("fp", s.fp());
            node.put("fn", s.fn());
            node.put("precisionOverlap", s.precisionOverlap());
            node.put("recallOverlap", s.recallOverlap());
            node.put("tpOverlap", s.tpOverlap());
            node.put("fpOverlap", s.fpOverlap());
            node.put("fnOverlap", s.fnOverlap());
            node.put("attributeCorrect", s.attributeCorrect());
            node.put("attributeChecked", s.attributeChecked());
        }
    }
}
