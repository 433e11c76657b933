package org.corpusqa.report;

import java.util.Map;

/**
 * The overview row of one document: all the report keeps once the document's page is written.
 *
 * @param path the document's path as given to the report
 * @param page the page's path relative to the report directory, {@code /} separated
 * @param title the document's title, or its path when it has none
 * @param annotations count per annotation type, indexed like {@link AnnotationType#values()}
 * @param bySeverity finding count per severity, indexed by {@code Severity.ordinal()}
 * @param byRule finding count per rule id
 */
record DocumentSummary(
        String path, String page, String title, int[] annotations, int[] bySeverity, Map<String, Integer> byRule) {

    int errors() {
        return bySeverity[2];
    }

    int warnings() {
        return bySeverity[1];
    }

    int infos() {
        return bySeverity[0];
    }

    int findings() {
        return bySeverity[0] + bySeverity[1] + bySeverity[2];
    }
}
