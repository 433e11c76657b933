package org.corpusqa.rules;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.corpusqa.check.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The suppressions file: findings a team has looked at and accepts, each with the reason. A
 * suppressed finding does not count against the thresholds but is still listed as suppressed, so
 * nothing disappears silently.
 *
 * <pre>{@code
 * suppressions:
 *   - rule: unresolved-actor          # rule id or category (mandatory)
 *     files: "wire/**"                # glob over the path relative to the corpus root (optional)
 *     text: Abu Mujahid               # exact covered text (optional)
 *     reason: nom de guerre of a local commander, kept out of the registry on purpose
 *   - rule: typography
 *     files: "archive/2019/*.txt"
 *     pattern: "[A-Za-z]+´s"          # regular expression the WHOLE covered text must match (optional)
 *     reason: the 2019 archive is kept exactly as published
 * }</pre>
 *
 * Every key given must match: {@code rule} the finding's rule id or its category, {@code files}
 * (JDK glob syntax; {@code **}{@code /x} also matches {@code x} in the root) the document's
 * relative path, {@code text} the covered text exactly, {@code pattern} the whole covered text.
 * {@code text} and {@code pattern} exclude each other. {@code reason} is mandatory and must not be
 * empty: a suppression nobody can explain later should not exist. Unknown keys, unknown rules and
 * categories, bad globs and bad patterns are errors naming the file, line and column.
 */
public final class Suppressions {
    private static final Set<String> KEYS = Set.of("rule", "files", "text", "pattern", "reason");
    private static final Suppressions NONE = new Suppressions(List.of());

    private final List<Suppression> entries;

    private Suppressions(List<Suppression> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Suppressions none() {
        return NONE;
    }

    /** Reads a suppressions file, strictly as UTF-8. */
    public static Suppressions load(Path file) throws RulesFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RulesFileException(file.toString(), 1, 1, "cannot read the suppressions file: " + e);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return parse(text, file.toString());
        } catch (CharacterCodingException e) {
            throw new RulesFileException(file.toString(), 1, 1, "the suppressions file is not valid UTF-8");
        }
    }

    /** Parses suppressions YAML; {@code source} names it in errors and in suppressed findings. */
    public static Suppressions parse(String yaml, String source) throws RulesFileException {
        return new Parser(source).read(yaml);
    }

    public List<Suppression> entries() {
        return entries;
    }

    /** The first entry that silences the finding, if any. */
    public Optional<Suppression> match(Finding finding) {
        for (Suppression entry : entries) {
            if (entry.matches(finding)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static final class Parser {
        private final String source;

        Parser(String source) {
            this.source = source;
        }

        Suppressions read(String yaml) throws RulesFileException {
            Node root;
            try {
                root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                throw new RulesFileException(
                        source,
                        mark == null ? 1 : mark.getLine() + 1,
                        mark == null ? 1 : mark.getColumn() + 1,
                        e.getProblem());
            }
            if (root == null) {
                return NONE;
            }
            Node list = null;
            for (NodeTuple tuple : mapping(root, "the suppressions file").getValue()) {
                String key = scalar(tuple.getKeyNode(), "key");
                if (list != null && key.equals("suppressions")) {
                    throw error(tuple.getKeyNode(), "duplicate key 'suppressions'");
                }
                if (!key.equals("suppressions")) {
                    throw error(tuple.getKeyNode(), "unknown top-level key '" + key + "' (expected 'suppressions')");
                }
                list = tuple.getValueNode();
            }
            if (list == null) {
                throw error(root, "missing top-level key 'suppressions'");
            }
            if (list instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
                return NONE;
            }
            if (!(list instanceof SequenceNode sequence)) {
                throw error(list, "'suppressions' must be a list of entries");
            }
            List<Suppression> entries = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                entries.add(entry(item));
            }
            return new Suppressions(entries);
        }

        private Suppression entry(Node node) throws RulesFileException {
            String rule = null;
            String files = null;
            String text = null;
            String pattern = null;
            String reason = null;
            Node filesNode = null;
            Node patternNode = null;
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping(node, "a suppression").getValue()) {
                String key = scalar(tuple.getKeyNode(), "key");
                if (!seen.add(key)) {
                    // compose() builds the node tree without the constructor's duplicate-key check
                    throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
                }
                Node value = tuple.getValueNode();
                switch (key) {
                    case "rule" -> rule = rule(value);
                    case "files" -> {
                        files = nonEmpty(value, "files");
                        filesNode = value;
                    }
                    case "text" -> text = nonEmpty(value, "text");
                    case "pattern" -> {
                        pattern = nonEmpty(value, "pattern");
                        patternNode = value;
                    }
                    case "reason" -> reason = nonEmpty(value, "reason");
                    default -> throw error(
                            tuple.getKeyNode(), "unknown key '" + key + "' (expected one of " + KEYS + ")");
                }
            }
            if (rule == null) {
                throw error(node, "a suppression needs 'rule' (a rule id or a category)");
            }
            if (reason == null) {
                throw error(node, "a suppression needs a 'reason': why is this finding acceptable?");
            }
            if (text != null && pattern != null) {
                throw error(patternNode, "give 'text' or 'pattern', not both");
            }
            try {
                return new Suppression(
                        rule,
                        files,
                        text,
                        pattern,
                        reason,
                        source,
                        node.getStartMark().getLine() + 1);
            } catch (PatternSyntaxException e) {
                throw error(patternNode, "bad pattern: " + e.getDescription() + " near index " + e.getIndex());
            } catch (IllegalArgumentException e) {
                throw error(filesNode, "bad glob in 'files': " + e.getMessage());
            }
        }

        private String rule(Node node) throws RulesFileException {
            String value = scalar(node, "rule").strip();
            if (!RuleCatalog.isRule(value) && !RuleCatalog.isCategory(value)) {
                throw error(
                        node,
                        "unknown rule or category '" + value + "' (categories: "
                                + String.join(", ", RuleCatalog.categories()) + "; rules: "
                                + String.join(", ", RuleCatalog.ids())
                                + ")");
            }
            return value;
        }

        private String nonEmpty(Node node, String key) throws RulesFileException {
            String value = scalar(node, key);
            if (value.isBlank()) {
                throw error(node, "empty '" + key + "'");
            }
            return key.equals("text") || key.equals("pattern") ? value : value.strip();
        }

        private String scalar(Node node, String what) throws RulesFileException {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            throw error(node, what + " must be a single value");
        }

        private MappingNode mapping(Node node, String what) throws RulesFileException {
            if (node instanceof MappingNode map) {
                return map;
            }
            throw error(node, what + " must be a mapping of keys to values");
        }

        private RulesFileException error(Node node, String problem) {
            Mark mark = node.getStartMark();
            return new RulesFileException(source, mark.getLine() + 1, mark.getColumn() + 1, problem);
        }
    }
}
