package org.corpusqa.maven;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.corpusqa.check.CheckResult;
import org.corpusqa.eval.CorpusEvaluation;
import org.corpusqa.eval.ErrorListWriter;
import org.corpusqa.eval.EvaluationJson;
import org.corpusqa.eval.EvaluationResult;
import org.corpusqa.eval.EvaluationTable;

/**
 * Annotates the corpus and scores the annotations against gold files (the guidelines' TSV, or
 * XMI exported from INCEpTION or the CAS Editor): precision, recall and F1 per type, attribute
 * accuracy, a to-do list of every miss and false alarm. Fails when a type's F1 falls below its
 * {@code minF1*} floor, so quality cannot slip silently.
 */
@Mojo(
        name = "evaluate",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.NONE)
public class EvaluateMojo extends AbstractCorpusQaMojo {

    /** Directory of gold files, matched to documents by relative path, then by base name. */
    @Parameter(property = "corpusqa.goldDirectory", required = true)
    File goldDirectory;

    /** Lowest acceptable exact-span F1 for Actor. */
    @Parameter(property = "corpusqa.minF1.actor", defaultValue = "0")
    double minF1Actor;

    /** Lowest acceptable exact-span F1 for Location. */
    @Parameter(property = "corpusqa.minF1.location", defaultValue = "0")
    double minF1Location;

    /** Lowest acceptable exact-span F1 for Number. */
    @Parameter(property = "corpusqa.minF1.number", defaultValue = "0")
    double minF1Number;

    /** Lowest acceptable exact-span F1 for Quote. */
    @Parameter(property = "corpusqa.minF1.quote", defaultValue = "0")
    double minF1Quote;

    @Override
    String goal() {
        return "evaluate";
    }

    @Override
    void afterCheck(CheckResult checked) throws MojoFailureException, MojoExecutionException {
        CorpusEvaluation.Outcome outcome;
        try {
            outcome = CorpusEvaluation.evaluate(checked, path(goldDirectory));
            EvaluationJson.write(outcome.result(), path(outputDirectory).resolve(EvaluationJson.FILE_NAME));
            ErrorListWriter.write(outcome.result(), path(outputDirectory).resolve(ErrorListWriter.FILE_NAME));
        } catch (IOException e) {
            throw new MojoExecutionException("evaluation failed: " + e.getMessage(), e);
        }
        EvaluationResult result = outcome.result();
        EvaluationTable.lines(result).forEach(getLog()::info);
        for (String document : outcome.withoutGold()) {
            getLog().warn("No gold file for " + document + " in " + relative(path(goldDirectory)));
        }
        getLog().info(result.errors().size() + " misses and false alarms listed in "
                + relative(path(outputDirectory).resolve(ErrorListWriter.FILE_NAME)));
        Map<String, Double> floors = new LinkedHashMap<>();
        floors.put("Actor", minF1Actor);
        floors.put("Location", minF1Location);
        floors.put("Number", minF1Number);
        floors.put("Quote", minF1Quote);
        Map<String, Double> below = result.belowFloors(floors);
        if (!below.isEmpty()) {
            StringBuilder message = new StringBuilder("F1 below the configured floor:");
            below.forEach((type, f1) -> message.append(String.format(" %s %.3f < %.3f;", type, f1, floors.get(type))));
            throw new MojoFailureException(message.toString());
        }
    }
}
