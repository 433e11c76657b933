package org.corpusqa.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the gold file of a document in a gold directory, so that gold can mirror the corpus
 * tree or be a flat folder of files named after the documents.
 *
 * <p>For a document {@code sub/a.txt} (path relative to the corpus root) it tries, in order:
 *
 * <ol>
 *   <li>{@code <gold>/sub/a.tsv}, then {@code <gold>/sub/a.xmi} (same relative path, the
 *       document's extension replaced);
 *   <li>a file with base name {@code a} anywhere under the gold directory, {@code .tsv} before
 *       {@code .xmi}. If several files of the preferred extension qualify the match is ambiguous
 *       and {@link #locate} fails rather than guess.
 * </ol>
 *
 * The directory is indexed once, when the locator is built.
 */
public final class GoldLocator {

    public static final String TSV = "tsv";
    public static final String XMI = "xmi";
    private static final List<String> EXTENSIONS = List.of(TSV, XMI);

    private final Path goldDirectory;
    private final List<Path> goldFiles;
    private final Set<Path> goldFileSet;
    private final Map<String, List<Path>> byBaseName = new HashMap<>();

    /**
     * Indexes the {@code .tsv} and {@code .xmi} files under a gold directory (recursively).
     *
     * @throws IOException when the directory cannot be listed
     */
    public GoldLocator(Path goldDirectory) throws IOException {
        this.goldDirectory = goldDirectory;
        try (Stream<Path> files = Files.walk(goldDirectory)) {
            this.goldFiles = files.filter(Files::isRegularFile)
                    .filter(file ->
                            EXTENSIONS.contains(extension(file.getFileName().toString())))
                    .sorted()
                    .collect(Collectors.toUnmodifiableList());
        }
        this.goldFileSet = Set.copyOf(goldFiles);
        for (Path file : goldFiles) {
            byBaseName
                    .computeIfAbsent(baseName(file.getFileName().toString()), k -> new ArrayList<>())
                    .add(file);
        }
    }

    /** All gold files found, sorted, e.g. to report gold that matched no document. */
    public List<Path> goldFiles() {
        return goldFiles;
    }

    /**
     * The gold file of a document.
     *
     * @param documentPath the document path relative to the corpus root, {@code /}-separated
     *     (as in {@code DocumentInfo.sourcePath})
     * @return the gold file, or empty when the document has none
     * @throws GoldException when the base-name fallback finds several candidates
     */
    public Optional<Path> locate(String documentPath) throws GoldException {
        String relative = documentPath.replace('\\', '/');
        int slash = relative.lastIndexOf('/');
        String directory = relative.substring(0, slash + 1);
        String base = baseName(relative.substring(slash + 1));
        for (String extension : EXTENSIONS) {
            Path candidate = goldDirectory.resolve(directory + base + "." + extension);
            if (goldFileSet.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        List<Path> sameName = byBaseName.getOrDefault(base, List.of());
        for (String extension : EXTENSIONS) {
            List<Path> candidates = sameName.stream()
                    .filter(file -> extension(file.getFileName().toString()).equals(extension))
                    .toList();
            if (candidates.size() == 1) {
                return Optional.of(candidates.get(0));
            }
            if (candidates.size() > 1) {
                throw new GoldException("Ambiguous gold for " + documentPath + ": " + candidates
                        + "; put the gold file at the document's relative path under " + goldDirectory);
            }
        }
        return Optional.empty();
    }

    /** Reads a gold file by its extension: {@code .tsv} with {@link GoldTsvReader}, {@code .xmi} with {@link CasRecords}. */
    public static List<AnnotationRecord> readGold(Path goldFile) throws IOException {
        String extension = extension(goldFile.getFileName().toString());
        if (extension.equals(TSV)) {
            return GoldTsvReader.read(goldFile);
        }
        if (extension.equals(XMI)) {
            return CasRecords.readXmi(goldFile);
        }
        throw new GoldException("Not a gold file (expected ." + TSV + " or ." + XMI + "): " + goldFile);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
