package org.corpusqa.check;

import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;

/**
 * Makes the analysis engine description a check runs. The default is the corpusqa aggregate;
 * tests and teams with their own annotators can pass another.
 */
@FunctionalInterface
public interface PipelineFactory {
    AnalysisEngineDescription create(CheckRequest request) throws ResourceInitializationException;
}
