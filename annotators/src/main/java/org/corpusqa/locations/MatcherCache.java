package org.corpusqa.locations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link LocationMatcher} per gazetteer per JVM. Building a matcher compiles an automaton
 * over tens of thousands of names, so annotator instances (one per pipeline, per thread, per
 * Maven module) share it. A project gazetteer is keyed by path, size and modification time, so an
 * edited file is read again.
 */
final class MatcherCache {

    private record Key(Path path, long size, long modified) {}

    private static final Map<Key, LocationMatcher> MATCHERS = new ConcurrentHashMap<>();

    private MatcherCache() {}

    /**
     * The matcher for the embedded gazetteer with the project gazetteer at {@code path} laid over
     * it; the embedded one alone when {@code path} is null or blank.
     *
     * @throws GazetteerFormatException when the project gazetteer is malformed
     */
    static LocationMatcher forProjectGazetteer(String path) throws IOException {
        if (path == null || path.isBlank()) {
            return LocationMatcher.embedded();
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        Key key =
                new Key(file, Files.size(file), Files.getLastModifiedTime(file).toMillis());
        LocationMatcher cached = MATCHERS.get(key);
        if (cached != null) {
            return cached;
        }
        LocationMatcher matcher =
                new LocationMatcher(Gazetteer.embedded().withOverrides(ProjectGazetteerReader.read(file)));
        MATCHERS.keySet().removeIf(k -> k.path().equals(file));
        MATCHERS.put(key, matcher);
        return matcher;
    }
}
