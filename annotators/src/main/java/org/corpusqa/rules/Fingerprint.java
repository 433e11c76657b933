package org.corpusqa.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusqa.check.Finding;

/**
 * A stable identity for a finding that survives edits elsewhere in the document: the rule, the
 * document's relative path, the covered text normalised (folded, spaces collapsed) and the
 * occurrence index of that (rule, text) pair in the document, counted in text order. Line numbers
 * are deliberately left out, so inserting a paragraph above a known finding does not make it new.
 *
 * <p>The fingerprint is the first 128 bits of SHA-256 over those four fields, as 32 hex digits.
 * Baselines key on it and the SARIF writer puts it in {@code partialFingerprints} under
 * {@value #SARIF_KEY}.
 */
public final class Fingerprint {
    /** The key for SARIF {@code partialFingerprints}; the version changes if the recipe does. */
    public static final String SARIF_KEY = "corpusqaFinding/v1";

    private Fingerprint() {}

    /** The fingerprint of a finding that is the {@code occurrence}-th (0-based) of its rule and text. */
    public static String of(Finding finding, int occurrence) {
        return of(finding.ruleId(), finding.document(), normalizedText(finding.text()), occurrence);
    }

    static String of(String ruleId, String document, String normalizedText, int occurrence) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
        String key = ruleId + '\u0000' + document + '\u0000' + normalizedText + '\u0000' + occurrence;
        byte[] digest = sha.digest(key.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(32);
        for (int i = 0; i < 16; i++) {
            hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
        }
        return hex.toString();
    }

    /**
     * The fingerprints of a list of findings, in the same order: each finding's occurrence index
     * is its rank, by position in the document, among findings with the same rule, document and
     * normalised text.
     */
    public static List<String> all(List<Finding> findings) {
        int[] occurrences = occurrences(findings);
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            fingerprints.add(of(findings.get(i), occurrences[i]));
        }
        return fingerprints;
    }

    /** The occurrence index of each finding, parallel to the list; ties keep list order. */
    public static int[] occurrences(List<Finding> findings) {
        Integer[] order = new Integer[findings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.comparing((Integer i) -> findings.get(i).document())
                        .thenComparingInt(i -> findings.get(i).begin())
                        .thenComparingInt(i -> findings.get(i).end()));
        Map<String, Integer> seen = new HashMap<>();
        int[] occurrences = new int[order.length];
        for (Integer i : order) {
            Finding f = findings.get(i);
            String key = f.ruleId() + '\u0000' + f.document() + '\u0000' + normalizedText(f.text());
            occurrences[i] = seen.merge(key, 1, Integer::sum) - 1;
        }
        return occurrences;
    }

    /** Covered text as fingerprints see it: folded, runs of spaces as one, trimmed. */
    public static String normalizedText(String text) {
        return text == null ? "" : TextUtil.normalize(text);
    }
}
