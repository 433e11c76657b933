package org.corpusqa.actors;

import java.util.Optional;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ExternalResource;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.corpusqa.registry.ActorRegistry;
import org.corpusqa.registry.ActorRegistryResource;
import org.corpusqa.type.Actor;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Finding;

/**
 * Annotates actor mentions (GUIDELINES: Actor): registry names and their derived variants, states
 * and capitals where they act (a place reading is left to the LocationAnnotator that runs next),
 * titles resolved with the document date from {@link DocumentInfo}, groups, and names the
 * registry lacks, which get an empty entityId and become unresolved references.
 *
 * <p>Findings (category reference, severity warning): {@code ambiguous-actor} over a name that
 * several entries share when the document does not decide, and {@code title-mismatch} over a name
 * whose title the registry does not give that person on the document date. The matching is
 * CAS-free: {@link ActorFinder}.
 */
@ResourceMetaData(
        name = "Actor annotator",
        description = "Actor mentions (names, states, metonyms, titles, groups) resolved against the actor registry.")
@TypeCapability(
        inputs = {"org.corpusqa.type.DocumentInfo", "org.corpusqa.type.DocumentInfo:date"},
        outputs = {"org.corpusqa.type.Actor", "org.corpusqa.type.Finding"})
public class ActorAnnotator extends JCasAnnotator_ImplBase {
    /**
     * Key of the {@link ActorRegistryResource}. Without it only states resolve, and every person or
     * organisation found is reported as unknown.
     */
    public static final String RES_REGISTRY = "registry";

    @ExternalResource(key = RES_REGISTRY, mandatory = false)
    private ActorRegistryResource registry;

    private ActorFinder finder;

    @Override
    public void process(JCas jcas) {
        if (finder == null) {
            finder = new ActorFinder(registry == null ? ActorRegistry.empty() : registry.registry());
        }
        ActorFinder.Result result = finder.find(jcas.getDocumentText(), documentDate(jcas));
        for (ActorMention m : result.mentions()) {
            Actor actor = new Actor(jcas, m.begin(), m.end());
            actor.setKind(m.kind());
            actor.setMentionType(m.mentionType());
            actor.setEntityId(m.entityId());
            actor.setMatchRule(m.matchRule());
            actor.addToIndexes();
        }
        for (ActorFinding f : result.findings()) {
            Finding finding = new Finding(jcas, f.begin(), f.end());
            finding.setRuleId(f.ruleId());
            finding.setCategory(ActorFinding.CATEGORY);
            finding.setSeverity(ActorFinding.SEVERITY);
            finding.setMessage(f.message());
            finding.setHint(f.hint());
            finding.addToIndexes();
        }
    }

    private static Optional<DocumentDate> documentDate(JCas jcas) {
        for (DocumentInfo info : JCasUtil.select(jcas, DocumentInfo.class)) {
            return DocumentDate.parse(info.getDate());
        }
        return Optional.empty();
    }
}
