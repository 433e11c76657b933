package org.corpusqa.locations;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a project gazetteer: places a project adds to, or pins over, the embedded one.
 *
 * <pre>
 * places:
 *   - id: atmeh              # required, unique; becomes Location.placeId
 *     name: Atmeh            # required
 *     aliases: [Atma]        # optional; more names it is matched by
 *     kind: CITY             # required: COUNTRY, ADMIN, CITY or OTHER
 *     country: SY            # ISO 3166-1 alpha-2; required unless kind is OTHER
 *     lat: 36.24             # required, decimal degrees
 *     lon: 36.69             # required
 *     population: 5000       # optional; ranks entries of the project that share a name
 * </pre>
 *
 * A top-level list of places is accepted too. Every error names the file and the line.
 */
public final class ProjectGazetteerReader {

    private static final Set<String> KEYS =
            Set.of("id", "name", "aliases", "kind", "country", "lat", "lon", "population");

    private final String file;

    private ProjectGazetteerReader(String file) {
        this.file = file;
    }

    /** The places in the YAML file at {@code path}. */
    public static List<Place> read(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader, path.toString());
        }
    }

    /**
     * The places in YAML text.
     *
     * @param file the name used in error messages
     */
    public static List<Place> read(Reader reader, String file) {
        return new ProjectGazetteerReader(file).parse(reader);
    }

    private List<Place> parse(Reader reader) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new GazetteerFormatException(file, line, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new GazetteerFormatException(file, 0, "not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            return List.of();
        }
        Node list = root;
        if (root instanceof MappingNode mapping) {
            list = field(mapping).get("places");
            if (list == null) {
                throw error(root, "expected a 'places' list");
            }
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw error(list, "expected a list of places");
        }
        List<Place> places = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            Place place = place(item);
            if (!ids.add(place.id())) {
                throw error(item, "duplicate id '" + place.id() + "'");
            }
            places.add(place);
        }
        return places;
    }

    private Place place(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "expected a place (id, name, kind, country, lat, lon)");
        }
        Map<String, Node> fields = field(mapping);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (!KEYS.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "' (expected one of " + KEYS + ")");
            }
        }
        String id = required(node, fields, "id");
        String name = required(node, fields, "name");
        PlaceKind kind = kind(node, fields);
        String country =
                fields.containsKey("country") ? scalar(fields.get("country")).toUpperCase(Locale.ROOT) : "";
        if (!country.matches("[A-Z]{2}") && !(country.isEmpty() && kind == PlaceKind.OTHER)) {
            throw error(fields.getOrDefault("country", node), "country must be an ISO 3166-1 alpha-2 code such as SY");
        }
        double lat = number(node, fields, "lat", -90, 90);
        double lon = number(node, fields, "lon", -180, 180);
        long population = fields.containsKey("population") ? (long) number(node, fields, "population", 0, 1e10) : 0;
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases(fields.get("aliases")));
        return new Place(
                id,
                kind,
                kind == PlaceKind.COUNTRY ? "PCLI" : "",
                name,
                names,
                List.of(),
                lat,
                lon,
                country,
                population,
                "");
    }

    private PlaceKind kind(Node node, Map<String, Node> fields) {
        String value = required(node, fields, "kind");
        try {
            return PlaceKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(fields.get("kind"), "kind must be COUNTRY, ADMIN, CITY or OTHER, not '" + value + "'");
        }
    }

    private List<String> aliases(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            return List.of(scalar(node));
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, "aliases must be a list of names");
        }
        List<String> result = new ArrayList<>();
        for (Node alias : sequence.getValue()) {
            String value = scalar(alias);
            if (value.isBlank()) {
                throw error(alias, "empty alias");
            }
            result.add(value.strip());
        }
        return result;
    }

    private String required(Node place, Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        if (node == null) {
            throw error(place, "missing '" + key + "'");
        }
        String value = scalar(node).strip();
        if (value.isEmpty()) {
            throw error(node, "empty '" + key + "'");
        }
        return value;
    }

    private double number(Node place, Map<String, Node> fields, String key, double min, double max) {
        String value = required(place, fields, key);
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw error(fields.get(key), "'" + key + "' must be a number, not '" + value + "'");
        }
        if (!(number >= min && number <= max)) {
            throw error(fields.get(key), "'" + key + "' must lie between " + min + " and " + max);
        }
        return number;
    }

    private Map<String, Node> field(MappingNode mapping) {
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            fields.put(scalar(tuple.getKeyNode()), tuple.getValueNode());
        }
        return fields;
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, "expected a single value");
        }
        return scalar.getValue();
    }

    private GazetteerFormatException error(Node node, String message) {
        return new GazetteerFormatException(file, node.getStartMark().getLine() + 1, message);
    }
}
