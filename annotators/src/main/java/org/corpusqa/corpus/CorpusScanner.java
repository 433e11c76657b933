package org.corpusqa.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the documents of one or more corpus directories, selected by Ant-style globs relative to
 * each root ({@code **}{@code /*.txt}, {@code drafts/**}), in a stable sorted order so that
 * results do not depend on the file system's listing order.
 *
 * <p>Globs use the JDK's {@code glob:} syntax; a leading {@code **}{@code /} also matches files
 * directly in the root, as users of Maven's includes expect.
 */
public final class CorpusScanner {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public CorpusScanner(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes.isEmpty() ? List.of("**/*.txt") : includes);
        this.excludes = matchers(excludes);
    }

    /** All matching regular files below the roots, sorted by root then relative path. */
    public List<CorpusFile> scan(List<Path> roots) throws IOException {
        List<CorpusFile> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new NoSuchFileException(root.toString(), null, "corpus directory does not exist");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .map(root::relativize)
                        .filter(this::selected)
                        .map(relative -> new CorpusFile(root, toSlashes(relative)))
                        .forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        files.sort(null);
        return files;
    }

    private boolean selected(Path relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            String trimmed = glob.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
            if (trimmed.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed.substring(3)));
            }
        }
        return matchers;
    }

    private static String toSlashes(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
