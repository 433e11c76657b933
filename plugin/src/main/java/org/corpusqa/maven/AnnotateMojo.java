package org.corpusqa.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.corpusqa.check.CheckResult;

/**
 * Annotates the corpus and writes XMI and the result file like {@code check}, but never fails on
 * findings: for producing review material. Unreadable documents still fail, since their output
 * would be missing.
 */
@Mojo(
        name = "annotate",
        defaultPhase = LifecyclePhase.PROCESS_RESOURCES,
        threadSafe = true,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.NONE)
public class AnnotateMojo extends AbstractCorpusQaMojo {

    @Override
    String goal() {
        return "annotate";
    }

    @Override
    boolean htmlReportByDefault() {
        return true;
    }

    @Override
    void afterCheck(CheckResult result) {
        // Findings are logged and written; annotate never fails on them.
    }
}
