/**
 * Evaluation of system annotations against gold, without Maven and without a CAS in the
 * scoring, so that the {@code corpusqa:evaluate} goal, a bench and unit tests share one
 * implementation.
 *
 * <p>Flow: {@link org.corpusqa.eval.GoldLocator} finds a document's gold file (TSV or XMI) and
 * reads it into {@link org.corpusqa.eval.AnnotationRecord}s; {@link
 * org.corpusqa.eval.CasRecords} turns the system CAS into the same form; {@link
 * org.corpusqa.eval.Evaluator} compares them per document; {@link
 * org.corpusqa.eval.EvaluationResult} sums the documents (micro average) and checks F1 floors;
 * {@link org.corpusqa.eval.EvaluationTable}, {@link org.corpusqa.eval.EvaluationJson} and
 * {@link org.corpusqa.eval.ErrorListWriter} write the build-log table, {@code evaluation.json}
 * and the reviewer's to-do list {@code evaluation-errors.tsv}.
 *
 * <p>Scores per type: precision, recall and F1 on exact spans and on one-to-one overlap
 * matching (rules in {@code SpanMatcher}), and the accuracy of the resolution attribute on
 * exact matches (rules in {@code AttributeJudge}). Gold alternatives {@code a|b} are honoured
 * wherever values are compared.
 */
package org.corpusqa.eval;
