package org.corpusqa.quotes;

import java.util.List;
import java.util.Set;

/**
 * Resolves a speaker pronoun to the actor it refers to: the nearest compatible mention before it,
 * outside quotes, searching the pronoun's sentence and then earlier ones (at most {@value
 * #SENTENCES_BACK} back). Within a sentence a subject (a quote's speaker, or a mention in subject
 * position) wins over a nearer object; in the pronoun's own sentence only a subject counts ({@code
 * After meeting Biden, he said} is not Biden), unless no earlier sentence offers anyone.
 *
 * <p>Compatible: {@code he} a PERSON whose registry gender is male or unknown, {@code she} female
 * or unknown; {@code it} an ORGANIZATION or STATE; {@code they} a GROUP, coordinated names ({@code
 * Britain, France and Germany}) or an ORGANIZATION.
 */
final class PronounResolver {
    static final int SENTENCES_BACK = 4;

    /** What a pronoun refers to: the mention that names it, with the ids and kind to copy. */
    record Antecedent(Mention mention, String ids, String kind) {}

    private final Layout layout;
    private final Tokens tokens;
    private final Mentions mentions;
    private final SubjectFinder subjects;
    private final GenderLookup genders;
    private final Set<Mention> speakers;

    PronounResolver(
            Layout layout, Mentions mentions, SubjectFinder subjects, GenderLookup genders, Set<Mention> speakers) {
        this.layout = layout;
        this.tokens = layout.tokens();
        this.mentions = mentions;
        this.subjects = subjects;
        this.genders = genders;
        this.speakers = speakers;
    }

    /** The antecedent of the pronoun token, or null when none is compatible. */
    Antecedent resolve(int pronounToken) {
        String pronoun = tokens.word(pronounToken);
        int position = tokens.begin(pronounToken);
        int sentence = layout.sentenceAt(position);
        Antecedent sameSentenceObject = null;
        for (int s = sentence; s >= 0 && s >= sentence - SENTENCES_BACK; s--) {
            int end = s == sentence ? position : layout.sentenceEnd(s);
            Antecedent nearest = null;
            List<Mention> candidates = mentions.between(layout.windowStart(s, end), end);
            for (int i = candidates.size() - 1; i >= 0; i--) {
                Antecedent candidate = compatible(pronoun, candidates.get(i));
                if (candidate == null) {
                    continue;
                }
                if (speakers.contains(candidate.mention()) || subjects.subjectPosition(candidate.mention())) {
                    return candidate;
                }
                if (nearest == null) {
                    nearest = candidate;
                }
            }
            if (s == sentence) {
                sameSentenceObject = nearest;
            } else if (nearest != null) {
                return nearest;
            }
        }
        return sameSentenceObject;
    }

    private Antecedent compatible(String pronoun, Mention mention) {
        if (layout.insideQuote(mention.begin())) {
            return null;
        }
        String kind = mention.kind();
        return switch (pronoun) {
            case "he", "she" -> {
                String gender = mention.plural() ? "plural" : genders.genderOf(mention.entityId());
                boolean fits =
                        gender == null || gender.isEmpty() || gender.equals(pronoun.equals("he") ? "male" : "female");
                yield kind.equals("PERSON") && fits ? new Antecedent(mention, mention.entityId(), kind) : null;
            }
            case "it" -> !mention.plural() && (kind.equals("ORGANIZATION") || kind.equals("STATE"))
                    ? new Antecedent(mention, mention.entityId(), kind)
                    : null;
            case "they" -> {
                Subject group = subjects.coordinated(mention);
                if (group.ids().indexOf(',') >= 0) {
                    yield new Antecedent(
                            group.mention(), group.ids(), group.mention().kind());
                }
                yield mention.plural() || kind.equals("ORGANIZATION")
                        ? new Antecedent(mention, mention.entityId(), kind)
                        : null;
            }
            default -> null;
        };
    }
}
