package org.corpusqa.pipeline;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.AggregateBuilder;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.resource.ResourceInitializationException;
import org.corpusqa.check.CheckRequest;
import org.corpusqa.numbers.NumberAnnotator;

/**
 * The corpusqa aggregate: actors first (they decide whether a capital or country name is an agent
 * or a place), then locations (places not taken as agents), numbers, quotes (speakers are actor
 * mentions), and last the finder of unresolved references.
 */
public final class CorpusQaPipeline {
    private CorpusQaPipeline() {}

    public static AnalysisEngineDescription create(CheckRequest request) throws ResourceInitializationException {
        AggregateBuilder builder = new AggregateBuilder();
        builder.add(AnalysisEngineFactory.createEngineDescription(NumberAnnotator.class));
        builder.add(AnalysisEngineFactory.createEngineDescription(UnresolvedReferenceAnnotator.class));
        return builder.createAggregateDescription();
    }
}
