package org.corpusqa.quotes;

/**
 * What stands in subject position of a speech verb: an actor mention (with the ids of all
 * conjuncts for {@code Britain, France and Germany}), a pronoun still to resolve, or nothing
 * usable.
 *
 * @param mention the mention (the first conjunct), or null
 * @param ids the entity ids, ',' separated
 * @param pronoun token index of a pronoun subject, or -1
 * @param unnamed whether a subject is there but is no actor ({@code a spokesman said})
 */
record Subject(Mention mention, String ids, int pronoun, boolean unnamed) {
    static final Subject NONE = new Subject(null, "", -1, false);
    static final Subject UNNAMED = new Subject(null, "", -1, true);

    static Subject of(Mention mention, String ids) {
        return new Subject(mention, ids, -1, false);
    }

    static Subject pronoun(int token) {
        return new Subject(null, "", token, false);
    }

    boolean found() {
        return mention != null || pronoun >= 0;
    }
}
