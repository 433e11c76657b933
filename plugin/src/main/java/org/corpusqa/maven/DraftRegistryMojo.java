package org.corpusqa.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.corpusqa.check.CheckResult;
import org.corpusqa.rules.RegistryDraft;

/**
 * For a team adopting the gate on a corpus it has never checked: writes a draft actor registry
 * from the unresolved actors found, variants of one name merged, kind guessed, most frequent
 * first, each entry commented with its mention count and first position — for a person to review
 * and commit.
 */
@Mojo(
        name = "draft-registry",
        threadSafe = true,
        requiresProject = false,
        requiresDependencyResolution = ResolutionScope.NONE)
public class DraftRegistryMojo extends AbstractCorpusQaMojo {

    /** Where to write the draft; never the registry itself, so nothing reviewed is overwritten. */
    @Parameter(
            property = "corpusqa.draftRegistry",
            defaultValue = "${project.build.directory}/corpusqa/actors-draft.yml")
    File draftRegistry;

    @Override
    String goal() {
        return "draft-registry";
    }

    @Override
    void afterCheck(CheckResult result) throws MojoExecutionException {
        RegistryDraft draft = RegistryDraft.of(result.findings());
        try {
            draft.write(path(draftRegistry));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + draftRegistry + ": " + e.getMessage(), e);
        }
        getLog().info("corpusqa: wrote " + draft.entries().size() + " draft actor entries to "
                + relative(path(draftRegistry)));
    }
}
