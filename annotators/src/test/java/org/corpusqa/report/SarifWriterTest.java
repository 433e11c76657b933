package org.corpusqa.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.CorpusChecker;
import org.corpusqa.check.Finding;
import org.corpusqa.check.Severity;
import org.corpusqa.rules.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifWriterTest {
    private static final Path REPO = Path.of("/work/repo").toAbsolutePath();
    private static final Path CORPUS = REPO.resolve("corpus");
    private static final String TEXT = "Mr Smith said \u201Cwe will\nnot stop\u201D in Ankara.\n";
    private static final List<RuleDescriptor> RULES = List.of(
            new RuleDescriptor(
                    "unresolved-actor",
                    "reference",
                    Severity.ERROR,
                    "An actor mention resolves to no registry entry.",
                    "Every person or organisation mentioned must have an entry in the actor registry.",
                    "Add the actor to actors.yml or suppress the finding."),
            new RuleDescriptor("mixed-quote-marks", "typography", Severity.WARNING, "Quote marks are mixed.", "", ""));

    /** The real SARIF 2.1.0 schema from test resources, its id mapped there: no network. */
    private static final JsonSchema SARIF_SCHEMA = JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V4,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/",
                            "classpath:org/corpusqa/report/")))
            .getSchema(
                    SchemaLocation.of(SarifWriter.SCHEMA_URI),
                    SchemaValidatorsConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build());

    private final ObjectMapper mapper = new ObjectMapper();

    private static List<Finding> findings() {
        return List.of(
                Findings.at(CORPUS, "2020/a b\u00E9.txt", TEXT, 0, 8, "unresolved-actor", Severity.ERROR),
                Findings.at(CORPUS, "2020/a b\u00E9.txt", TEXT, 14, 32, "mixed-quote-marks", Severity.WARNING),
                Findings.at(CORPUS, "2020/a b\u00E9.txt", TEXT, 36, 42, "odd-place", Severity.INFO));
    }

    private JsonNode write(SarifWriter writer, List<Finding> findings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(findings, out);
        JsonNode sarif = mapper.readTree(out.toByteArray());
        Set<ValidationMessage> errors = SARIF_SCHEMA.validate(sarif);
        assertThat(errors).as("schema violations").isEmpty();
        return sarif;
    }

    private static SarifWriter writer() {
        return new SarifWriter("1.2.3", "https://example.org/corpusqa", RULES, REPO);
    }

    @Test
    void sarifOfTheSeedCorpusValidatesAndEveryResultHasRuleRegionAndFingerprint(@TempDir Path dir) throws Exception {
        Path seeds = Path.of("src/test/resources/org/corpusqa/actors/seeds");
        CheckResult result = new CorpusChecker()
                .check(CheckRequest.builder()
                        .corpusDirectory(seeds)
                        .includes(List.of("**/*.txt"))
                        .actorRegistry(Path.of("src/test/resources/org/corpusqa/registry/actors.yml"))
                        .outputDirectory(dir.resolve("out"))
                        .writeXmi(false)
                        .build());
        Path target = dir.resolve("corpusqa-result.sarif");

        new SarifWriter("test", null, RuleDescriptor.catalog(), Path.of("").toAbsolutePath()).write(result, target);

        JsonNode sarif = mapper.readTree(target.toFile());
        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results.size()).isEqualTo(result.findings().size()).isPositive();
        for (JsonNode r : results) {
            assertThat(r.path("ruleId").asText()).isNotEmpty();
            assertThat(r.at("/locations/0/physicalLocation/region/startLine").asInt())
                    .isPositive();
            assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri")
                            .asText())
                    .startsWith("src/test/resources/org/corpusqa/actors/seeds/");
            assertThat(r.at("/partialFingerprints").path(Fingerprint.SARIF_KEY).asText())
                    .hasSize(32);
        }
    }

    @Test
    void theSchemaRejectsMistakesDeepInsideALog() throws IOException {
        JsonNode sarif = write(writer(), findings());
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) sarif.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);

        assertThat(SARIF_SCHEMA.validate(sarif)).hasSize(2);
    }

    @Test
    void writesAValidLogWithDriverAndRules() throws IOException {
        JsonNode sarif = write(writer(), findings());

        assertThat(sarif.path("$schema").asText()).isEqualTo(SarifWriter.SCHEMA_URI);
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("corpusqa");
        assertThat(driver.path("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.path("informationUri").asText()).isEqualTo("https://example.org/corpusqa");
        JsonNode rule = driver.at("/rules/0");
        assertThat(rule.path("id").asText()).isEqualTo("unresolved-actor");
        assertThat(rule.at("/shortDescription/text").asText()).startsWith("An actor mention");
        assertThat(rule.at("/fullDescription/text").asText()).startsWith("Every person");
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(rule.at("/help/text").asText()).startsWith("Add the actor");
        assertThat(rule.at("/properties/tags/0").asText()).isEqualTo("reference");
        JsonNode sparse = driver.at("/rules/1");
        assertThat(sparse.at("/fullDescription/text").asText()).isEqualTo("Quote marks are mixed.");
        assertThat(sparse.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void addsARuleForAnIdOnlyAFindingKnowsSoEveryRuleIndexResolves() throws IOException {
        JsonNode run = write(writer(), findings()).at("/runs/0");

        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules).hasSize(3);
        assertThat(rules.get(2).path("id").asText()).isEqualTo("odd-place");
        assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("note");
        for (JsonNode result : run.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
        }
    }

    @Test
    void writesResultsWithLevelMessageRelativeLocationAndRegion() throws IOException {
        JsonNode run = write(writer(), findings()).at("/runs/0");

        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
                .isEqualTo(REPO.toUri().toASCIIString().replaceAll("/?$", "/"));
        JsonNode results = run.path("results");
        assertThat(results).hasSize(3);
        assertThat(results.findValuesAsText("level")).containsExactly("error", "warning", "note");
        JsonNode quote = results.get(1);
        assertThat(quote.at("/message/text").asText())
                .isEqualTo("unresolved mention '\u201Cwe will\nnot stop\u201D' (add it to actors.yml)");
        JsonNode location = quote.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("corpus/2020/a%20b%C3%A9.txt");
        assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = location.path("region");
        assertThat(List.of(
                        region.path("startLine").asInt(),
                        region.path("startColumn").asInt(),
                        region.path("endLine").asInt(),
                        region.path("endColumn").asInt()))
                .containsExactly(1, 15, 2, 10);
        assertThat(quote.at("/properties/category").asText()).isEqualTo("reference");
    }

    @Test
    void fingerprintsEachResultAsTheBaselineDoes() throws IOException {
        List<Finding> findings = findings();
        JsonNode results = write(writer(), findings).at("/runs/0/results");

        assertThat(results.get(0)
                        .at("/partialFingerprints")
                        .path(Fingerprint.SARIF_KEY)
                        .asText())
                .isEqualTo(Fingerprint.all(findings).get(0));
    }

    @Test
    void usesAnAbsoluteUriForAFileOutsideTheRepository() throws IOException {
        Finding outside = Findings.at(Path.of("/elsewhere"), "x.txt", TEXT, 0, 2, "unresolved-actor", Severity.ERROR);

        JsonNode location = write(writer(), List.of(outside)).at("/runs/0/results/0/locations/0/physicalLocation");

        assertThat(location.at("/artifactLocation/uri").asText())
                .startsWith("file:/")
                .endsWith("/elsewhere/x.txt");
        assertThat(location.path("artifactLocation").has("uriBaseId")).isFalse();
    }

    @Test
    void keepsTheMostSevereResultsAndSaysSoWhenOverTheLimit() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Severity severity = i == 1 || i == 4 ? Severity.ERROR : Severity.WARNING;
            many.add(Findings.at(CORPUS, "d" + i + ".txt", TEXT, 0, 8, "unresolved-actor", severity));
        }
        SarifWriter limited = new SarifWriter("1.2.3", null, RULES, REPO, 3);

        JsonNode run = write(limited, many).at("/runs/0");

        assertThat(run.path("results").findValuesAsText("uri"))
                .containsExactly("corpus/d0.txt", "corpus/d1.txt", "corpus/d4.txt");
        JsonNode notification = run.at("/invocations/0/toolExecutionNotifications/0");
        assertThat(notification.path("level").asText()).isEqualTo("warning");
        assertThat(notification.at("/message/text").asText()).contains("found 5 results", "keeps the 3 most severe");
        assertThat(run.at("/tool/driver").has("informationUri")).isFalse();
    }

    @Test
    void writesNoNotificationWithinTheLimit() throws IOException {
        JsonNode invocation = write(writer(), findings()).at("/runs/0/invocations/0");

        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.has("toolExecutionNotifications")).isFalse();
        assertThat(SarifWriter.MAX_RESULTS).isEqualTo(25_000);
    }

    @Test
    void writesAValidLogWithoutFindings() throws IOException {
        JsonNode run = write(writer(), List.of()).at("/runs/0");

        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results")).isEmpty();
        assertThat(run.at("/tool/driver/rules")).hasSize(2);
    }

    @Test
    void writesACheckResultToAFileUnreadableDocumentsFirst(@TempDir Path dir) throws IOException {
        Finding unreadable = new Finding(
                CORPUS.resolve("bad.txt"),
                "bad.txt",
                1,
                1,
                0,
                0,
                "malformed-encoding",
                "encoding",
                Severity.ERROR,
                "invalid UTF-8 at byte 12",
                "",
                "");
        Path target = dir.resolve("out/corpusqa.sarif");

        writer().write(
                        new CheckResult(
                                2,
                                0,
                                findings(),
                                List.of(unreadable),
                                dir,
                                Map.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                0),
                        target);

        JsonNode sarif = mapper.readTree(target.toFile());
        assertThat(SARIF_SCHEMA.validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("malformed-encoding");
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/endColumn")
                        .asInt())
                .isEqualTo(1);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void rejectsARuleListedTwice() {
        List<RuleDescriptor> twice = List.of(RULES.get(0), RULES.get(0));

        assertThatThrownBy(() -> new SarifWriter("1", null, twice, REPO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unresolved-actor");
    }

    @Test
    void escapesRelativePathsAsUriReferences() {
        assertThat(SarifWriter.relativeUri(Path.of("a dir", "x#1.txt"))).isEqualTo("a%20dir/x%231.txt");
        assertThat(SarifWriter.relativeUri(Path.of("c:x.txt"))).isEqualTo("./c:x.txt");
    }
}
