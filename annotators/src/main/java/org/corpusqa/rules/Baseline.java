package org.corpusqa.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.corpusqa.check.Finding;

/**
 * The findings a corpus had when the gate was introduced, so that only new ones fail the build.
 * Findings are matched by {@link Fingerprint}, not by line, so edits elsewhere in a document do not
 * turn known findings into new ones.
 *
 * <p>The file is UTF-8, tab-separated, one finding per row, sorted by document, rule and text so
 * that it diffs well in review:
 *
 * <pre>
 * # corpusqa baseline v1 ...
 * fingerprint                       rule              document     occurrence  text
 * 5c1f0e8d8b2f4a7e9d3c2b1a09f8e7d6  unresolved-actor  wire/a.txt   0           abu mujahid
 * </pre>
 *
 * Only the {@code fingerprint} column is read back; {@code rule}, {@code document},
 * {@code occurrence} and {@code text} (normalised, cut at {@value #TEXT_COLUMN_CHARS} chars) are
 * there for people. Lines starting with {@code #} are comments. Write and apply a baseline at the
 * same stage, after {@link FindingFilter}, so occurrence indices count the same findings.
 */
public final class Baseline {
    static final String HEADER = "fingerprint\trule\tdocument\toccurrence\ttext";
    static final int TEXT_COLUMN_CHARS = 80;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{32}");

    private final Map<String, Entry> entries;

    private Baseline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** No accepted findings: everything is new. */
    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    /** A row of the baseline file. */
    public record Entry(String fingerprint, String rule, String document, int occurrence, String text) {}

    /** The outcome of {@link #apply}. */
    public record Result(List<Finding> newFindings, List<Finding> baselined, int staleEntries) {
        public Result {
            newFindings = List.copyOf(newFindings);
            baselined = List.copyOf(baselined);
        }
    }

    /** Writes the baseline of these findings, replacing the file. */
    public static void write(List<Finding> findings, Path file) throws IOException {
        int[] occurrences = Fingerprint.occurrences(findings);
        List<Entry> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String text = Fingerprint.normalizedText(f.text());
            rows.add(new Entry(
                    Fingerprint.of(f.ruleId(), f.document(), text, occurrences[i]),
                    f.ruleId(),
                    f.document(),
                    occurrences[i],
                    text));
        }
        rows.sort(Comparator.comparing(Entry::document)
                .thenComparing(Entry::rule)
                .thenComparing(Entry::text)
                .thenComparingInt(Entry::occurrence));
        StringBuilder out = new StringBuilder();
        out.append("# corpusqa baseline v1: findings accepted when this file was written; only findings not")
                .append(" listed here count.\n")
                .append("# Rows are matched by fingerprint (rule, document, normalised text, occurrence), not")
                .append(" by line. Regenerate rather than edit.\n")
                .append(HEADER)
                .append('\n');
        for (Entry row : rows) {
            out.append(row.fingerprint())
                    .append('\t')
                    .append(cell(row.rule()))
                    .append('\t')
                    .append(cell(row.document()))
                    .append('\t')
                    .append(row.occurrence())
                    .append('\t')
                    .append(cell(shorten(row.text())))
                    .append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Reads a baseline file; a missing file is an error (use {@link #empty()} for none). */
    public static Baseline read(Path file) throws RulesFileException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesFileException(file.toString(), 1, 1, "cannot read the baseline: " + e);
        }
        return parse(lines, file.toString());
    }

    /** Parses baseline lines; {@code source} names the file in errors. */
    public static Baseline parse(List<String> lines, String source) throws RulesFileException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.startsWith("fingerprint\t")) {
                    throw new RulesFileException(
                            source, i + 1, 1, "expected the header line '" + HEADER.replace("\t", "<TAB>") + "'");
                }
                header = true;
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!FINGERPRINT.matcher(cells[0]).matches()) {
                throw new RulesFileException(
                        source, i + 1, 1, "bad fingerprint '" + cells[0] + "' (expected 32 lower-case hex digits)");
            }
            if (cells.length < 4) {
                throw new RulesFileException(
                        source,
                        i + 1,
                        line.length() + 1,
                        "expected at least 4 tab-separated columns (fingerprint, rule, document, occurrence)");
            }
            int occurrence;
            try {
                occurrence = Integer.parseInt(cells[3]);
            } catch (NumberFormatException e) {
                int column = cells[0].length() + cells[1].length() + cells[2].length() + 4;
                throw new RulesFileException(source, i + 1, column, "bad occurrence '" + cells[3] + "'");
            }
            Entry entry = new Entry(cells[0], cells[1], cells[2], occurrence, cells.length > 4 ? cells[4] : "");
            if (entries.putIfAbsent(entry.fingerprint(), entry) != null) {
                throw new RulesFileException(source, i + 1, 1, "duplicate fingerprint " + entry.fingerprint());
            }
        }
        return new Baseline(Map.copyOf(entries));
    }

    public int size() {
        return entries.size();
    }

    public boolean contains(String fingerprint) {
        return entries.containsKey(fingerprint);
    }

    /**
     * Splits findings into new and baselined ones (both in input order) and counts the entries that
     * matched no finding: fixed findings, whose rows can go at the next regeneration.
     */
    public Result apply(List<Finding> findings) {
        if (entries.isEmpty()) {
            return new Result(findings, List.of(), 0); // no fingerprints to compute without a baseline
        }
        List<String> fingerprints = Fingerprint.all(findings);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            if (entries.containsKey(fingerprints.get(i))) {
                known.add(findings.get(i));
                used.add(fingerprints.get(i));
            } else {
                fresh.add(findings.get(i));
            }
        }
        return new Result(fresh, known, entries.size() - used.size());
    }

    private static String shorten(String text) {
        if (text.length() <= TEXT_COLUMN_CHARS) {
            return text;
        }
        int cut = TEXT_COLUMN_CHARS - 1;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }

    /** Keeps a cell on one line and inside its column: tabs, breaks and other controls become spaces. */
    private static String cell(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }
}
