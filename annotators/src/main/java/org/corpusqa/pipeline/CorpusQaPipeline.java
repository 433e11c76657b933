package org.corpusqa.pipeline;

import java.net.MalformedURLException;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.ExternalResourceFactory;
import org.apache.uima.resource.ExternalResourceDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.corpusqa.actors.ActorAnnotator;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.locations.LocationAnnotator;
import org.corpusqa.numbers.NumberAnnotator;
import org.corpusqa.quotes.QuoteAnnotator;
import org.corpusqa.registry.ActorRegistryResource;

/**
 * The corpusqa aggregate: actors first (they decide whether a capital or country name is an agent
 * or a place), then locations (places not taken as agents), numbers, quotes (speakers are actor
 * mentions), and last the finder of unresolved references.
 */
public final class CorpusQaPipeline {
    private CorpusQaPipeline() {}

    public static AnalysisEngineDescription create(CheckRequest request) throws ResourceInitializationException {
        ExternalResourceDescription registry = registry(request);
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(AnalysisEngineFactory.createEngineDescription(
                ActorAnnotator.class, ActorAnnotator.RES_REGISTRY, registry));
        builder.add(
                request.projectGazetteer() == null
                        ? AnalysisEngineFactory.createEngineDescription(LocationAnnotator.class)
                        : AnalysisEngineFactory.createEngineDescription(
                                LocationAnnotator.class,
                                LocationAnnotator.PARAM_PROJECT_GAZETTEER,
                                request.projectGazetteer().toAbsolutePath().toString()));
        builder.add(AnalysisEngineFactory.createEngineDescription(NumberAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(
                QuoteAnnotator.class, QuoteAnnotator.RES_REGISTRY, registry));
        builder.add(AnalysisEngineFactory.createEngineDescription(UnresolvedReferenceAnnotator.class));
        return builder.createAggregateDescription();
    }

    private static ExternalResourceDescription registry(CheckRequest request) throws ResourceInitializationException {
        String url;
        try {
            url = request.actorRegistry() == null
                    ? ActorRegistryResource.NONE
                    : request.actorRegistry().toUri().toURL().toString();
        } catch (MalformedURLException e) {
            throw new ResourceInitializationException(e);
        }
        return ExternalResourceFactory.createSharedResourceDescription(url, ActorRegistryResource.class);
    }
}
