package org.corpusqa.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.corpusqa.check.CheckResult;
import org.corpusqa.rules.Baseline;

/**
 * Writes the current findings to {@code baselineFile}, keyed by stable fingerprints (rule,
 * document, normalised text, occurrence), so that a team adopting the gate on an existing corpus
 * fails only on new problems. Commit the file; {@code check} with {@code baselineFile} set then
 * counts only findings not in it.
 */
@Mojo(
        name = "baseline",
        threadSafe = true,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractCorpusQaMojo {

    /** Where to write the baseline (also read by {@code check}). */
    @Parameter(property = "corpusqa.baselineFile", defaultValue = "${project.basedir}/corpusqa-baseline.tsv")
    File baselineOutput;

    @Override
    String goal() {
        return "baseline";
    }

    @Override
    boolean useBaseline() {
        return false;
    }

    @Override
    void afterCheck(CheckResult result) throws MojoExecutionException {
        try {
            Baseline.write(result.findings(), path(baselineOutput));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the baseline " + baselineOutput + ": " + e.getMessage(), e);
        }
        getLog().info("corpusqa: wrote " + result.findings().size() + " findings to the baseline "
                + relative(path(baselineOutput)));
    }
}
