package org.corpusqa.check;

import java.nio.file.Path;

/**
 * One problem in one document, small enough that a run over a large corpus keeps them all.
 *
 * @param path the document's file
 * @param document path relative to its corpus root ({@code /} separators)
 * @param line 1-based line
 * @param column 1-based column (UTF-16 chars)
 * @param begin character offset where the covered text begins
 * @param end character offset where it ends
 * @param ruleId stable rule id, e.g. {@code unresolved-actor}
 * @param category rule category, e.g. {@code reference}
 * @param severity how serious it is
 * @param message what is wrong
 * @param hint how to fix or suppress it
 * @param text the covered text
 */
public record Finding(
        Path path,
        String document,
        int line,
        int column,
        int begin,
        int end,
        String ruleId,
        String category,
        Severity severity,
        String message,
        String hint,
        String text) {}
