package org.corpusqa.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.corpusqa.check.CheckResult;
import org.corpusqa.check.Severity;

/**
 * Annotates the corpus, writes XMI and the result file, and fails the build when more findings
 * than allowed reach {@code violationSeverity} — the quality gate. Runs the analysis itself
 * rather than forking a lifecycle, so it costs one pass.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        threadSafe = true,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractCorpusQaMojo {

    /** Fail the build when the violations exceed {@code maxAllowedViolations}; otherwise only warn. */
    @Parameter(property = "corpusqa.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** How many violations are let through, for adopting the gate on a corpus with known problems. */
    @Parameter(property = "corpusqa.maxAllowedViolations", defaultValue = "0")
    int maxAllowedViolations;

    /** The lowest severity that counts as a violation: error, warning or info. */
    @Parameter(property = "corpusqa.violationSeverity", defaultValue = "error")
    String violationSeverity;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void afterCheck(CheckResult result) throws MojoFailureException, MojoExecutionException {
        Severity threshold;
        try {
            threshold = CheckSettings.violationSeverity(violationSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        long violations = result.countAtLeast(threshold);
        if (violations <= maxAllowedViolations) {
            return;
        }
        String message = "You have " + violations + " unresolved reference" + (violations == 1 ? "" : "s")
                + " or other violations at severity " + threshold.label() + " or above. The maximum allowed is "
                + maxAllowedViolations + ". See " + path(outputFile);
        if (failOnViolation) {
            throw new MojoFailureException(message);
        }
        getLog().warn(message);
    }
}
