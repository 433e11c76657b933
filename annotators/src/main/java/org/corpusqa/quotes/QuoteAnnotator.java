package org.corpusqa.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.ActorRegistryResource;
import org.corpusqa.registry.RegistryEntry;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Finding;
import org.corpusqa.type.Quote;

/**
 * Annotates quotations (GUIDELINES: Quote): their span with the marks, DIRECT or PARTIAL, and the
 * speaker among the Actor mentions that the ActorAnnotator made before. Where the speaker is a
 * pronoun ({@code "…," he said}) it adds an Actor with mentionType PRONOUN, the antecedent's kind
 * and entityId, and matchRule {@code pronoun}.
 *
 * <p>Findings: {@code unresolved-speaker} (reference, error) over a DIRECT quote whose speaker is
 * missing or has no entityId; {@code unbalanced-quote} and {@code mixed-quote-marks} (typography,
 * warning) over the offending mark. The matching itself is CAS-free: {@link QuoteAnalyzer}.
 */
@ResourceMetaData(
        name = "Quote annotator",
        description = "Quotes with their kind and speaker, pronoun speakers, and quote-mark findings.")
@TypeCapability(
        inputs = {"org.corpusqa.type.Actor"},
        outputs = {"org.corpusqa.type.Quote", "org.corpusqa.type.Actor", "org.corpusqa.type.Finding"})
public class QuoteAnnotator extends JCasAnnotator_ImplBase {
    /** Key of the {@link ActorRegistryResource}; its genders resolve {@code he} and {@code she}. */
    public static final String RES_REGISTRY = "registry";

    static final String UNRESOLVED_SPEAKER = "unresolved-speaker";

    @ExternalResource(key = RES_REGISTRY, mandatory = false)
    private ActorRegistryResource registry;

    @Override
    public void process(JCas jcas) {
        Map<Mention, Actor> actors = new HashMap<>();
        for (Actor actor : JCasUtil.select(jcas, Actor.class)) {
            actors.put(
                    new Mention(
                            actor.getBegin(),
                            actor.getEnd(),
                            actor.getKind(),
                            actor.getMentionType(),
                            actor.getEntityId()),
                    actor);
        }
        QuoteAnalysis analysis =
                new QuoteAnalyzer(genders()).analyze(jcas.getDocumentText(), new ArrayList<>(actors.keySet()));
        for (Mention pronoun : analysis.pronouns()) {
            actors.put(pronoun, addPronoun(jcas, pronoun));
        }
        for (FoundQuote found : analysis.quotes()) {
            addQuote(jcas, found, actors);
        }
        for (ScanProblem problem : analysis.problems()) {
            addFinding(
                    jcas,
                    problem.begin(),
                    problem.end(),
                    problem.ruleId(),
                    "typography",
                    "warning",
                    problem.message(),
                    "use matching quote marks");
        }
    }

    private GenderLookup genders() {
        if (registry == null) {
            return GenderLookup.UNKNOWN;
        }
        ActorRegistry actors = registry.registry();
        return id -> actors.byId(id).map(RegistryEntry::gender).orElse("");
    }

    private static Actor addPronoun(JCas jcas, Mention pronoun) {
        Actor actor = new Actor(jcas, pronoun.begin(), pronoun.end());
        actor.setKind(pronoun.kind());
        actor.setMentionType(pronoun.mentionType());
        actor.setEntityId(pronoun.entityId());
        actor.setMatchRule("pronoun");
        actor.addToIndexes();
        return actor;
    }

    private static void addQuote(JCas jcas, FoundQuote found, Map<Mention, Actor> actors) {
        QuoteSpan span = found.span();
        Attribution attribution = found.attribution();
        Quote quote = new Quote(jcas, span.begin(), span.end());
        quote.setQuoteKind(found.kind().name());
        quote.setSpeaker(attribution.speaker() == null ? null : actors.get(attribution.speaker()));
        quote.setSpeakerId(attribution.speakerId());
        quote.setSpeakerRule(attribution.rule());
        quote.addToIndexes();
        if (!found.unresolved()) {
            return;
        }
        if (attribution.speaker() == null) {
            addFinding(
                    jcas,
                    span.begin(),
                    span.end(),
                    UNRESOLVED_SPEAKER,
                    "reference",
                    "error",
                    "Quote has no speaker that resolves to the actor registry",
                    "name the speaker, add it to the actor registry, or suppress the finding");
        } else {
            String name = jcas.getDocumentText()
                    .substring(
                            attribution.speaker().begin(), attribution.speaker().end());
            addFinding(
                    jcas,
                    span.begin(),
                    span.end(),
                    UNRESOLVED_SPEAKER,
                    "reference",
                    "error",
                    "Quote speaker '" + name + "' does not resolve to the actor registry",
                    "add `" + name + "` to the actor registry or suppress the finding");
        }
    }

    private static void addFinding(
            JCas jcas,
            int begin,
            int end,
            String ruleId,
            String category,
            String severity,
            String message,
            String hint) {
        Finding finding = new Finding(jcas, begin, end);
        finding.setRuleId(ruleId);
        finding.setCategory(category);
        finding.setSeverity(severity);
        finding.setMessage(message);
        finding.setHint(hint);
        finding.addToIndexes();
    }
}
