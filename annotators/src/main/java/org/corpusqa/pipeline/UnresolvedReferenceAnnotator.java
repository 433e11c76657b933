package org.corpusqa.pipeline;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
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

    /**
     * Kept to two loops over the index: the messages are built in methods of their own, which run
     * only for the few unresolved mentions, so the method that runs for every document stays small
     * and quick to compile.
     */
    @Override
    public void process(JCas jcas) {
        long[] marked = markedSpans(jcas);
        String date = documentDate(jcas);
        for (Actor actor : JCasUtil.select(jcas, Actor.class)) {
            if (isEmpty(actor.getEntityId()) && !isMarked(marked, actor)) {
                addUnresolvedActor(jcas, actor, date);
            }
        }
        for (Location location : JCasUtil.select(jcas, Location.class)) {
            if (isEmpty(location.getPlaceId()) && !isMarked(marked, location)) {
                addUnresolvedLocation(jcas, location);
            }
        }
    }

    /** The spans of the findings so far, sorted for {@link #isMarked}. */
    private static long[] markedSpans(JCas jcas) {
        Collection<Finding> findings = JCasUtil.select(jcas, Finding.class);
        long[] spans = new long[findings.size()];
        int n = 0;
        for (Finding finding : findings) {
            spans[n++] = span(finding);
        }
        Arrays.sort(spans, 0, n);
        return n == spans.length ? spans : Arrays.copyOf(spans, n);
    }

    private static boolean isMarked(long[] marked, Annotation annotation) {
        return Arrays.binarySearch(marked, span(annotation)) >= 0;
    }

    private static void addUnresolvedActor(JCas jcas, Actor actor, String date) {
        String name = actor.getCoveredText();
        String role = "";
        Optional<RoleSuggester.Suggestion> suggestion =
                RoleSuggester.suggest(jcas.getDocumentText(), actor.getBegin(), date);
        if (suggestion.isPresent()) {
            RoleSuggester.Suggestion s = suggestion.get();
            role = "; " + RegistryDraft.ROLE_SEEN + s.toYaml() + " (\"" + s.title() + "\")";
        }
        add(
                jcas,
                actor,
                UNRESOLVED_ACTOR,
                "Actor '" + name + "' is not in the actor registry",
                "add `" + name + "` to the actor registry (or as an alias of a known actor), or suppress it" + role);
    }

    private static void addUnresolvedLocation(JCas jcas, Location location) {
        String name = location.getCoveredText();
        add(
                jcas,
                location,
                UNRESOLVED_LOCATION,
                "Place '" + name + "' is not in the gazetteer",
                "add `" + name + "` to the project gazetteer, or suppress it");
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
