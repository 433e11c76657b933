package org.corpusqa.corpus;

import java.nio.file.Path;

/**
 * A document file found under a corpus root.
 *
 * @param root the corpus directory it was found in
 * @param relativePath path below the root with {@code /} separators, the document's stable name
 *     in XMI file names, reports and baselines whatever the operating system
 */
public record CorpusFile(Path root, String relativePath) implements Comparable<CorpusFile> {

    public Path path() {
        return root.resolve(relativePath);
    }

    @Override
    public int compareTo(CorpusFile other) {
        int byRoot = root.compareTo(other.root);
        return byRoot != 0 ? byRoot : relativePath.compareTo(other.relativePath);
    }
}
