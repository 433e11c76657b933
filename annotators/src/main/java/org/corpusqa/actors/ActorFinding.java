package org.corpusqa.actors;

/**
 * A problem the actor rules found, as the {@code Finding} annotation will carry it; all are of
 * category {@value #CATEGORY} and severity {@value #SEVERITY}.
 *
 * @param begin offset of the first char of the mention concerned
 * @param end offset after its last char
 * @param ruleId {@value #AMBIGUOUS} or {@value #TITLE_MISMATCH}
 * @param message what is wrong
 * @param hint how to fix it
 */
public record ActorFinding(int begin, int end, String ruleId, String message, String hint) {
    /** A name that several registry entries share and the context does not decide. */
    public static final String AMBIGUOUS = "ambiguous-actor";
    /** A title before a name that the registry does not give that person on the document date. */
    public static final String TITLE_MISMATCH = "title-mismatch";

    public static final String CATEGORY = "reference";
    public static final String SEVERITY = "warning";
}
