package org.corpusqa.locations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Finding;
import org.corpusqa.type.Location;

/**
 * Annotates places: a {@link Location} for every country, first-level division, city or town
 * that {@link LocationMatcher} finds and that no {@link Actor} annotation overlaps, since the
 * actor annotator runs first and decides whether a country or capital name is an agent or a
 * place. Places the gazetteers do not know but that the text clearly marks as places ({@code the
 * town of X}) get an empty {@code placeId}, an unresolved reference for the quality gate. When a
 * name stays ambiguous between places, the best reading is annotated, the others go to {@code
 * candidates}, and a {@link Finding} {@code ambiguous-location} (reference, info) marks the first
 * such mention of the name.
 *
 * <p>Inputs: Actor (optional; its STATE ids also tell which countries the document is about).
 * Outputs: Location, Finding. Gazetteer: GeoNames (geonames.org, CC-BY 4.0), embedded, optionally
 * overridden by a project gazetteer in YAML (see {@link ProjectGazetteerReader}).
 */
@ResourceMetaData(name = "Location annotator")
@TypeCapability(
        inputs = {"org.corpusqa.type.Actor"},
        outputs = {"org.corpusqa.type.Location", "org.corpusqa.type.Finding"})
public class LocationAnnotator extends JCasAnnotator_ImplBase {

    /** Rule id of the finding that marks an ambiguous place name. */
    public static final String RULE_AMBIGUOUS = "ambiguous-location";

    /**
     * Path of a project gazetteer (YAML: id, name, aliases, kind, country, lat, lon) whose
     * entries are added to the embedded GeoNames gazetteer and take over the names they declare.
     * Optional.
     */
    public static final String PARAM_PROJECT_GAZETTEER = "projectGazetteer";

    @ConfigurationParameter(name = PARAM_PROJECT_GAZETTEER, mandatory = false)
    private String projectGazetteer;

    private LocationMatcher matcher;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            matcher = MatcherCache.forProjectGazetteer(projectGazetteer);
        } catch (IOException | GazetteerFormatException e) {
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        List<Actor> actors = new ArrayList<>(JCasUtil.select(jcas, Actor.class));
        ActorSpans taken = new ActorSpans(actors);
        Set<String> reported = new HashSet<>();
        for (LocationMatch match : matcher.match(jcas.getDocumentText(), stateIds(actors))) {
            if (taken.overlaps(match.begin(), match.end())) {
                continue;
            }
            addLocation(jcas, match);
            if (match.isAmbiguous() && reported.add(match.place().id())) {
                addAmbiguityFinding(jcas, match);
            }
        }
    }

    private static Set<String> stateIds(List<Actor> actors) {
        Set<String> ids = new HashSet<>();
        for (Actor a : actors) {
            if ("STATE".equals(a.getKind()) && a.getEntityId() != null) {
                for (String id : a.getEntityId().split(",")) {
                    if (id.length() == 2) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private static void addLocation(JCas jcas, LocationMatch match) {
        Location location = new Location(jcas, match.begin(), match.end());
        location.setPlaceKind(match.kind().name());
        Place place = match.place();
        location.setPlaceId(place == null ? "" : place.id());
        location.setLatitude(place == null ? Double.NaN : place.latitude());
        location.setLongitude(place == null ? Double.NaN : place.longitude());
        location.setCountryCode(place == null ? "" : place.countryCode());
        location.setCandidates(describeAll(match.alternatives()));
        location.addToIndexes();
    }

    private static String describeAll(List<Place> places) {
        StringBuilder sb = new StringBuilder();
        for (Place place : places) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(place.describe());
        }
        return sb.toString();
    }

    private void addAmbiguityFinding(JCas jcas, LocationMatch match) {
        String name = jcas.getDocumentText().substring(match.begin(), match.end());
        Finding finding = new Finding(jcas, match.begin(), match.end());
        finding.setRuleId(RULE_AMBIGUOUS);
        finding.setCategory("reference");
        finding.setSeverity("info");
        finding.setMessage("'" + name + "' may be " + describe(match.place()) + " (chosen) or "
                + match.alternatives().stream().map(LocationAnnotator::describe).collect(Collectors.joining(" or ")));
        String country = matcher.gazetteer()
                .country(match.place().countryCode())
                .map(Place::name)
                .orElse(match.place().countryCode());
        finding.setHint("Write the country or province next to the name (e.g. '" + name + ", " + country
                + "'), or pin the name in the project gazetteer (parameter " + PARAM_PROJECT_GAZETTEER + ")");
        finding.addToIndexes();
    }

    private static String describe(Place place) {
        return place.name() + ", " + place.kind().name().toLowerCase(Locale.ROOT) + " in " + place.countryCode() + " ("
                + place.id() + ")";
    }
}
