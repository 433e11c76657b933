package org.corpusqa.pipeline;

import java.util.HashSet;
import java.util.Set;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.corpusqa.actors.RoleSuggester;
import org.corpusqa.rules.RegistryDraft;
import org.corpusqa.type.Actor;
import org.corpusqa.type.DocumentInfo;
import org.corpusqa.type.Finding;
import org.corpusqa.type.Location;

/**
 * Marks every unresolved Actor and Location (empty {@code entityId} / {@code placeId}) with a
 * {@code Finding}, so that the gate counts them and a reviewer sees them highlighted in the CAS
 * Editor. Runs last in the aggregate. Spans that another annotator already marked with a more
 * specific finding (an ambiguous actor, say) are not reported twice.
 *
 * <p>Unresolved quote speakers are reported by the quote annotator, which knows why.
 */
@ResourceMetaData(name = "corpusqa unresolved reference finder")
@TypeCapability(
        inputs = {"org.corpusqa.type.Actor", "org.corpusqa.type.Location", "org.corpusqa.type.Finding"},
        outputs = {"org.corpusqa.type.Finding"})
public class UnresolvedReferenceAnnotator extends JCasAnnotator_ImplBase {
    public static final String UNRESOLVED_ACTOR = "unresolved-actor";
    public static final String UNRESOLVED_LOCATION = "unresolved-location";

    @Override
    public void process(JCas jcas) {
        Set<Long> marked = new HashSet<>();
        for (Finding finding : JCasUtil.select(jcas, Finding.class)) {
            marked.add(span(finding));
        }
        String date = documentDate(jcas);
        for (Actor actor : JCasUtil.select(jcas, Actor.class)) {
            if (isEmpty(actor.getEntityId()) && !marked.contains(span(actor))) {
                String name = actor.getCoveredText();
                String role = RoleSuggester.suggest(jcas.getDocumentText(), actor.getBegin(), date)
                        .map(s -> "; " + RegistryDraft.ROLE_SEEN + s.toYaml() + " (\"" + s.title() + "\")")
                        .orElse("");
                add(
                        jcas,
                        actor,
                        UNRESOLVED_ACTOR,
                        "Actor '" + name + "' is not in the actor registry",
                        "add `" + name + "` to the actor registry (or as an alias of a known actor), or suppress it"
                                + role);
            }
        }
        for (Location location : JCasUtil.select(jcas, Location.class)) {
            if (isEmpty(location.getPlaceId()) && !marked.contains(span(location))) {
                String name = location.getCoveredText();
                add(
                        jcas,
                        location,
                        UNRESOLVED_LOCATION,
                        "Place '" + name + "' is not in the gazetteer",
                        "add `" + name + "` to the project gazetteer, or suppress it");
            }
        }
    }

    private static void add(JCas jcas, Annotation at, String ruleId, String message, String hint) {
        Finding finding = new Finding(jcas, at.getBegin(), at.getEnd());
        finding.setRuleId(ruleId);
        finding.setCategory("reference");
        finding.setSeverity("error");
        finding.setMessage(message);
        finding.setHint(hint);
        finding.addToIndexes();
    }

    private static String documentDate(JCas jcas) {
        for (DocumentInfo info : JCasUtil.select(jcas, DocumentInfo.class)) {
            return info.getDate() == null ? "" : info.getDate();
        }
        return "";
    }

    private static long span(Annotation annotation) {
        return ((long) annotation.getBegin() << 32) | annotation.getEnd();
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
