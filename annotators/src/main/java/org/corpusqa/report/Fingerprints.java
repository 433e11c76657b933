package org.corpusqa.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.corpusqa.check.Finding;

/**
 * Stable identities for findings, so that a finding keeps its identity when lines are inserted
 * above it, and GitHub code scanning (SARIF {@code partialFingerprints}) does not report it as
 * fixed-and-new after every edit. Line numbers are deliberately left out (GitHub's fingerprint
 * guidance; a line-keyed baseline hides newly added problems, spotbugs-gradle#348).
 *
 * <p>Fingerprint {@value #KEY}: the lower-case hex SHA-256 of the UTF-8 bytes of
 *
 * <pre>ruleId + '\n' + documentPath + '\n' + normalise(coveredText) + '\n' + occurrence</pre>
 *
 * <ul>
 *   <li>{@code documentPath} is {@link Finding#document()}: relative to the corpus root with
 *       {@code /} separators, so the value does not depend on where the corpus is checked out;
 *   <li>{@code normalise} lower-cases ({@link Locale#ROOT}) and collapses every run of whitespace
 *       (anything {@link Character#isWhitespace} or {@link Character#isSpaceChar}, so no-break
 *       spaces too) to one space, trimming both ends: re-wrapping a paragraph keeps the value;
 *   <li>{@code occurrence} is the decimal 0-based index of this finding among the findings of the
 *       document with the same rule and normalised text, in order of their begin offset (ties:
 *       end offset, then input order). It tells apart "Mr Smith" unresolved twice in one text.
 * </ul>
 *
 * <p>Changing any of this changes every fingerprint: bump the {@code /v1} in the key instead.
 */
public final class Fingerprints {
    /** The SARIF {@code partialFingerprints} key, versioned so the recipe can change safely. */
    public static final String KEY = "corpusqaFingerprint/v1";

    private Fingerprints() {}

    /** The fingerprint of one finding, given its occurrence index (see the class comment). */
    public static String of(String ruleId, String documentPath, String coveredText, int occurrence) {
        return digest(ruleId + '\n' + documentPath + '\n' + normalise(coveredText), occurrence);
    }

    /**
     * The fingerprints of all findings, index for index; occurrence indices are computed over the
     * whole list, which must therefore hold every finding of each document it mentions.
     */
    public static List<String> of(List<Finding> findings) {
        Integer[] order = IntStream.range(0, findings.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(
                order,
                Comparator.comparing((Integer i) -> findings.get(i).document())
                        .thenComparingInt(i -> findings.get(i).begin())
                        .thenComparingInt(i -> findings.get(i).end())
                        .thenComparingInt(i -> i));
        String[] result = new String[findings.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i : order) {
            Finding finding = findings.get(i);
            String key = finding.ruleId() + '\n' + finding.document() + '\n' + normalise(finding.text());
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            result[i] = digest(key, occurrence);
        }
        return List.of(result);
    }

    /** Lower-cased, whitespace runs collapsed to one space, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String digest(String key, int occurrence) {
        String input = key + '\n' + occurrence;
        return HexFormat.of().formatHex(sha256().digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
