package org.corpusqa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.corpusqa.io.AtomicFiles;
import org.corpusqa.rules.Fingerprint;

/**
 * Writes findings as SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * <p>One run whose driver is {@code corpusqa} with every rule of the catalog (plus a generated
 * entry for any rule id a finding uses that the catalog lacks, so every {@code ruleIndex} points
 * somewhere). Artifact URIs are relative to the repository root under {@value #SRCROOT}, which is
 * what GitHub needs to place annotations; {@code originalUriBaseIds} records the absolute root for
 * other viewers. Each result carries the {@link Fingerprint#SARIF_KEY} partial fingerprint so results
 * keep their identity across edits.
 *
 * <p>GitHub rejects runs with more than {@value #MAX_RESULTS} results, so a larger report keeps the
 * most severe ones and says so in {@code invocations[0].toolExecutionNotifications}.
 *
 * <p>The file is streamed with Jackson's {@link JsonGenerator} (memory does not grow with the
 * report) and moved into place atomically.
 */
public final class SarifWriter {
    /** The {@code $schema} written: the OASIS 2.1.0 errata 01 schema. */
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** GitHub's limit of results per run. */
    public static final int MAX_RESULTS = 25_000;

    /** The base id artifact URIs are relative to. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String TOOL_NAME = "corpusqa";

    private final String toolVersion;
    private final String informationUri;
    private final List<RuleDescriptor> rules;
    private final Path repositoryRoot;
    private final int maxResults;

    /**
     * @param toolVersion corpusqa's version, e.g. the plugin's {@code project.version}
     * @param informationUri absolute URI of corpusqa's documentation; {@code null} to leave it out
     * @param rules the rule catalog, in the order the {@code rules[]} array should have
     * @param repositoryRoot the directory artifact URIs are made relative to (GitHub: the
     *     repository's root, usually the top-level project's basedir)
     */
    public SarifWriter(String toolVersion, String informationUri, List<RuleDescriptor> rules, Path repositoryRoot) {
        this(toolVersion, informationUri, rules, repositoryRoot, MAX_RESULTS);
    }

    SarifWriter(
            String toolVersion,
            String informationUri,
            List<RuleDescriptor> rules,
            Path repositoryRoot,
            int maxResults) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.informationUri = informationUri == null || informationUri.isBlank() ? null : informationUri;
        this.rules = List.copyOf(rules);
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.maxResults = maxResults;
        Map<String, RuleDescriptor> ids = new HashMap<>();
        for (RuleDescriptor rule : this.rules) {
            if (ids.put(rule.id(), rule) != null) {
                throw new IllegalArgumentException("rule '" + rule.id() + "' is listed twice");
            }
        }
    }

    /** Writes the findings of a check, unreadable documents first, as {@code CheckstyleXmlWriter}. */
    public void write(CheckResult result, Path target) throws IOException {
        List<Finding> all = new ArrayList<>(result.unreadable());
        all.addAll(result.findings());
        write(all, target);
    }

    /** Writes the findings to {@code target}, replacing it atomically. */
    public void write(List<Finding> findings, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(findings, out));
    }

    /** Writes the findings to a stream, which stays open. */
    public void write(List<Finding> findings, OutputStream out) throws IOException {
        List<RuleDescriptor> allRules = withMissingRules(findings);
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < allRules.size(); i++) {
            ruleIndex.put(allRules.get(i).id(), i);
        }
        List<String> fingerprints = Fingerprint.all(findings);
        int[] kept = mostSevere(findings);
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA_URI);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, allRules);
            writeInvocation(json, findings.size(), kept.length);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            json.writeStringField("uri", directoryUri(repositoryRoot));
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (int i : kept) {
                Finding finding = findings.get(i);
                writeResult(json, finding, ruleIndex.get(finding.ruleId()), fingerprints.get(i));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void writeTool(JsonGenerator json, List<RuleDescriptor> allRules) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", TOOL_NAME);
        json.writeStringField("version", toolVersion);
        if (informationUri != null) {
            json.writeStringField("informationUri", informationUri);
        }
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : allRules) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            writeText(json, "shortDescription", orElse(rule.shortDescription(), rule.id()));
            writeText(json, "fullDescription", orElse(rule.fullDescription(), rule.shortDescription(), rule.id()));
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            writeText(json, "help", orElse(rule.help(), rule.fullDescription(), rule.shortDescription(), rule.id()));
            if (!rule.category().isEmpty()) {
                json.writeObjectFieldStart("properties");
                json.writeArrayFieldStart("tags");
                json.writeString(rule.category());
                json.writeEndArray();
                json.writeStringField("category", rule.category());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeInvocation(JsonGenerator json, int found, int written) throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        if (written < found) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            json.writeStartObject();
            json.writeStringField("level", "warning");
            writeText(
                    json,
                    "message",
                    "corpusqa found " + found + " results but a SARIF run for GitHub code scanning holds at most "
                            + written + "; this file keeps the " + written
                            + " most severe (errors first, then document order). The checkstyle XML and the HTML"
                            + " review report list them all.");
            json.writeObjectFieldStart("descriptor");
            json.writeStringField("id", "results-truncated");
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private void writeResult(JsonGenerator json, Finding finding, int ruleIndex, String fingerprint)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.ruleId());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        writeText(
                json,
                "message",
                orElse(finding.message(), finding.ruleId())
                        + (finding.hint() == null || finding.hint().isEmpty() ? "" : " (" + finding.hint() + ")"));
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        Path file = finding.path().toAbsolutePath().normalize();
        if (file.startsWith(repositoryRoot)) {
            json.writeStringField("uri", relativeUri(repositoryRoot.relativize(file)));
            json.writeStringField("uriBaseId", SRCROOT);
        } else {
            json.writeStringField("uri", file.toUri().toASCIIString());
        }
        json.writeEndObject();
        TextRegion region = TextRegion.of(finding);
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", region.startLine());
        json.writeNumberField("startColumn", region.startColumn());
        json.writeNumberField("endLine", region.endLine());
        json.writeNumberField("endColumn", region.endColumn());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(Fingerprint.SARIF_KEY, fingerprint);
        json.writeEndObject();
        if (finding.category() != null && !finding.category().isEmpty()) {
            json.writeObjectFieldStart("properties");
            json.writeStringField("category", finding.category());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The catalog, then a generated descriptor for each rule id only findings know, by id. */
    private List<RuleDescriptor> withMissingRules(List<Finding> findings) {
        Map<String, RuleDescriptor> known = new LinkedHashMap<>();
        rules.forEach(rule -> known.put(rule.id(), rule));
        Map<String, RuleDescriptor> missing = new TreeMap<>();
        for (Finding finding : findings) {
            if (!known.containsKey(finding.ruleId())) {
                missing.computeIfAbsent(
                        finding.ruleId(),
                        id -> new RuleDescriptor(
                                id,
                                finding.category(),
                                finding.severity(),
                                "corpusqa rule " + id,
                                "corpusqa rule " + id + " (not in the rule catalog).",
                                finding.hint()));
            }
        }
        List<RuleDescriptor> all = new ArrayList<>(known.values());
        all.addAll(missing.values());
        return all;
    }

    /** Indices of the findings to write, in input order: all, or the most severe that fit. */
    private int[] mostSevere(List<Finding> findings) {
        if (findings.size() <= maxResults) {
            return IntStream.range(0, findings.size()).toArray();
        }
        Integer[] order = IntStream.range(0, findings.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order,
                Comparator.comparing((Integer i) -> findings.get(i).severity())
                        .reversed()
                        .thenComparingInt(i -> i));
        return Arrays.stream(order, 0, maxResults).mapToInt(i -> i).sorted().toArray();
    }

    private static void writeText(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String orElse(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    /** A relative path as a URI reference: {@code /} separators, unsafe characters escaped. */
    static String relativeUri(Path relative) {
        StringBuilder path = new StringBuilder();
        for (Path segment : relative) {
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(segment);
        }
        try {
            String uri = new URI(null, null, path.toString(), null).toASCIIString();
            int slash = uri.indexOf('/');
            String first = slash < 0 ? uri : uri.substring(0, slash);
            return first.contains(":") ? "./" + uri : uri; // "c:x" would read as a scheme
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + relative + " as a URI", e);
        }
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
