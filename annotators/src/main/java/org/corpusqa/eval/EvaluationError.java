package org.corpusqa.eval;

/**
 * One item of the reviewer's to-do list: a gold annotation the system missed, a system
 * annotation gold does not have, an exact match with the wrong attribute, or a gold row whose
 * text does not match the document (the gold is stale or its offsets are off).
 *
 * @param document the document name as given to the evaluator (its relative path)
 * @param line 1-based line of {@code begin} in the document
 * @param column 1-based column of {@code begin} (UTF-16 chars)
 * @param text the covered text: from gold for misses, wrong attributes and mismatches, from the
 *     system otherwise
 * @param attributes the annotation's attributes as {@code k=v;k=v} (gold or system, as for text)
 * @param detail why, e.g. the overlapping span on the other side or the two attribute values;
 *     may be empty
 */
public record EvaluationError(
        String document,
        int line,
        int column,
        Kind kind,
        String type,
        int begin,
        int end,
        String text,
        String attributes,
        String detail) {

    public enum Kind {
        /** A gold annotation without an exact system match. */
        MISS("miss"),
        /** A system annotation without an exact gold match. */
        FALSE_ALARM("false-alarm"),
        /** An exact span match whose judged attribute differs from gold. */
        WRONG_ATTRIBUTE("wrong-attribute"),
        /** A gold row whose text column differs from the document text at its offsets. */
        GOLD_TEXT_MISMATCH("gold-text-mismatch");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The lower-case name used in reports. */
        public String label() {
            return label;
        }
    }

    /** {@code file:line:column: kind Type "text" detail}, the way compilers report, for logs. */
    public String format() {
        String quoted = " \"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
        return document + ":" + line + ":" + column + ": " + kind.label() + " " + type + quoted
                + (detail.isEmpty() ? "" : " " + detail);
    }
}
