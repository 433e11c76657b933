package org.corpusqa.registry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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
 * Reads the actor registry YAML ({@code actors:} list of entries with {@code id}, {@code name},
 * {@code kind}, optional {@code gender}, {@code country}, {@code aliases} and {@code roles}).
 *
 * <p>It works on SnakeYAML's node tree rather than on plain maps so that every problem (bad date,
 * unknown kind, duplicate id, unknown key) is reported with the file, line and column of the
 * offending value. Unknown keys are errors: a misspelt {@code alias:} would otherwise silently
 * drop names and turn known actors into unresolved references.
 */
public final class RegistryLoader {
    private static final Set<String> ENTRY_KEYS = Set.of("id", "name", "kind", "gender", "country", "aliases", "roles");
    private static final Set<String> ROLE_KEYS = Set.of("office", "country", "from", "to");
    private static final Set<String> GENDERS = Set.of("male", "female", "");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final String source;

    private RegistryLoader(String source) {
        this.source = source;
    }

    /** Reads a registry file, strictly as UTF-8. */
    public static ActorRegistry load(Path file) throws RegistryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryException(file.toString(), 1, 1, "cannot read the registry: " + e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RegistryException(file.toString(), 1, 1, "the registry is not valid UTF-8");
        }
        return parse(text, file.toString(), sha256(bytes));
    }

    /** Parses registry text; {@code source} names it in error messages. */
    public static ActorRegistry parse(String yaml, String source) throws RegistryException {
        return parse(yaml, source, sha256(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ActorRegistry parse(String yaml, String source, String hash) throws RegistryException {
        return new RegistryLoader(source).read(yaml, hash);
    }

    private ActorRegistry read(String yaml, String hash) throws RegistryException {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new RegistryException(
                    source,
                    mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1,
                    e.getProblem());
        }
        if (root == null) {
            return new ActorRegistry(source, hash, List.of());
        }
        MappingNode top = mapping(root, "the registry");
        Node actors = null;
        for (NodeTuple tuple : top.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!key.equals("actors")) {
                throw error(tuple.getKeyNode(), "unknown top-level key '" + key + "' (expected 'actors')");
            }
            actors = tuple.getValueNode();
        }
        if (actors == null) {
            throw error(root, "missing top-level key 'actors'");
        }
        List<RegistryEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : sequence(actors, "actors").getValue()) {
            RegistryEntry entry = entry(item);
            if (!ids.add(entry.id())) {
                throw error(item, "duplicate id '" + entry.id() + "'");
            }
            entries.add(entry);
        }
        return new ActorRegistry(source, hash, entries);
    }

    private RegistryEntry entry(Node node) throws RegistryException {
        MappingNode map = mapping(node, "an actor entry");
        String id = null;
        String name = null;
        ActorKind kind = null;
        String gender = "";
        String country = "";
        List<String> aliases = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            Node value = tuple.getValueNode();
            switch (key) {
                case "id" -> id = matching(value, "id", ID);
                case "name" -> name = nonEmpty(value, "name");
                case "kind" -> kind = kind(value);
                case "gender" -> gender = oneOf(value, "gender", GENDERS);
                case "country" -> country = matching(value, "country", COUNTRY);
                case "aliases" -> {
                    for (Node alias : sequence(value, "aliases").getValue()) {
                        aliases.add(nonEmpty(alias, "alias"));
                    }
                }
                case "roles" -> {
                    for (Node role : sequence(value, "roles").getValue()) {
                        roles.add(role(role));
                    }
                }
                default -> throw error(
                        tuple.getKeyNode(), "unknown key '" + key + "' (expected one of " + ENTRY_KEYS + ")");
            }
        }
        if (id == null) {
            throw error(node, "entry without 'id'");
        }
        if (name == null) {
            throw error(node, "entry '" + id + "' without 'name'");
        }
        if (kind == null) {
            throw error(node, "entry '" + id + "' without 'kind' (PERSON, ORGANIZATION or STATE)");
        }
        return new RegistryEntry(
                id,
                name,
                kind,
                gender,
                country,
                aliases,
                roles,
                node.getStartMark().getLine() + 1);
    }

    private Role role(Node node) throws RegistryException {
        MappingNode map = mapping(node, "a role");
        String office = null;
        String country = null;
        LocalDate from = null;
        LocalDate to = null;
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            Node value = tuple.getValueNode();
            switch (key) {
                case "office" -> office = nonEmpty(value, "office").toLowerCase(Locale.ROOT);
                case "country" -> country = matching(value, "country", COUNTRY);
                case "from" -> from = date(value, "from");
                case "to" -> to = date(value, "to");
                default -> throw error(
                        tuple.getKeyNode(), "unknown role key '" + key + "' (expected one of " + ROLE_KEYS + ")");
            }
        }
        if (office == null || country == null || from == null) {
            throw error(node, "a role needs 'office', 'country' and 'from'");
        }
        if (to != null && !to.isAfter(from)) {
            throw error(node, "role '" + office + "' ends (" + to + ") before it starts (" + from + ")");
        }
        return new Role(office, country, from, to);
    }

    private ActorKind kind(Node node) throws RegistryException {
        String value = scalar(node, "kind");
        try {
            return ActorKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw error(node, "unknown kind '" + value + "' (expected PERSON, ORGANIZATION or STATE)");
        }
    }

    /** Accepts YYYY-MM-DD, and YYYY-MM or YYYY meaning the first day of that period. */
    private LocalDate date(Node node, String key) throws RegistryException {
        String value = scalar(node, key);
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                case 7 -> LocalDate.parse(value + "-01");
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw error(node, "bad date '" + value + "' in '" + key + "' (expected YYYY-MM-DD)");
        }
    }

    private String matching(Node node, String key, Pattern pattern) throws RegistryException {
        String value = scalar(node, key);
        if (!pattern.matcher(value).matches()) {
            throw error(node, "bad " + key + " '" + value + "' (expected " + pattern.pattern() + ")");
        }
        return value;
    }

    private String oneOf(Node node, String key, Set<String> allowed) throws RegistryException {
        String value = scalar(node, key).toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw error(node, "bad " + key + " '" + value + "' (expected male or female)");
        }
        return value;
    }

    private String nonEmpty(Node node, String key) throws RegistryException {
        String value = scalar(node, key).strip();
        if (value.isEmpty()) {
            throw error(node, "empty " + key);
        }
        return value;
    }

    private String scalar(Node node, String what) throws RegistryException {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(node, what + " must be a single value");
    }

    /**
     * The node as a mapping whose keys are all distinct: SnakeYAML's {@code compose} does not check
     * duplicate keys, and a repeated {@code id:} would otherwise silently replace the first.
     */
    private MappingNode mapping(Node node, String what) throws RegistryException {
        if (node instanceof MappingNode map) {
            Set<String> keys = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalar(tuple.getKeyNode(), "key");
                if (!keys.add(key)) {
                    throw error(tuple.getKeyNode(), "duplicate key '" + key + "'");
                }
            }
            return map;
        }
        throw error(node, what + " must be a mapping of keys to values");
    }

    private SequenceNode sequence(Node node, String what) throws RegistryException {
        if (node instanceof SequenceNode seq) {
            return seq;
        }
        throw error(node, "'" + what + "' must be a list");
    }

    private RegistryException error(Node node, String problem) {
        Mark mark = node.getStartMark();
        return new RegistryException(source, mark.getLine() + 1, mark.getColumn() + 1, problem);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
