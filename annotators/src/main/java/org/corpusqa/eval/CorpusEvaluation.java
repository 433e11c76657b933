package org.corpusqa.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.uima.UIMAException;
import org.apache.uima.cas.CASRuntimeException;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasIOUtils;
import org.corpusqa.check.CheckResult;

/**
 * Scores a checked corpus against a gold directory: reads back each document's XMI (what a
 * reviewer sees), finds its gold file and runs the {@link Evaluator}. Documents without a gold
 * file are left out of the scores and listed in {@link Outcome#withoutGold()}.
 */
public final class CorpusEvaluation {
    private CorpusEvaluation() {}

    /** The scores, and the documents that had no gold file. */
    public record Outcome(EvaluationResult result, List<String> withoutGold) {}

    public static Outcome evaluate(CheckResult checked, Path goldDirectory) throws IOException {
        GoldLocator locator = new GoldLocator(goldDirectory);
        Evaluator evaluator = new Evaluator();
        JCas jcas;
        try {
            jcas = JCasFactory.createJCas();
        } catch (UIMAException e) {
            throw new IOException("cannot create a CAS: " + e.getMessage(), e);
        }
        List<DocumentEvaluation> documents = new ArrayList<>();
        List<String> withoutGold = new ArrayList<>();
        for (String document : checked.annotatedDocuments()) {
            Optional<Path> gold = locator.locate(document);
            if (gold.isEmpty()) {
                withoutGold.add(document);
                continue;
            }
            jcas.reset();
            Path xmi = checked.xmiDirectory().resolve(document + ".xmi");
            try (InputStream in = new BufferedInputStream(Files.newInputStream(xmi))) {
                CasIOUtils.load(in, jcas.getCas());
            } catch (CASRuntimeException e) {
                throw new IOException("cannot read " + xmi + ": " + e.getMessage(), e);
            }
            documents.add(evaluator.evaluate(
                    document, jcas.getDocumentText(), GoldLocator.readGold(gold.get()), CasRecords.fromJCas(jcas)));
        }
        return new Outcome(new EvaluationResult(documents), withoutGold);
    }
}
