package org.corpusqa.rules;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corpusqa.check.Finding;

/**
 * One entry of a suppressions file: which findings it silences and why. Every condition given must
 * hold; {@code rule} and {@code reason} are mandatory. See {@link Suppressions} for the format.
 */
public final class Suppression {
    private final String rule;
    private final String files;
    private final String text;
    private final String pattern;
    private final String reason;
    private final String source;
    private final int line;
    private final PathMatcher[] fileMatchers;
    private final Pattern compiledPattern;

    /**
     * @param rule rule id or category
     * @param files glob over the document's relative path, or {@code null} for every document
     * @param text exact covered text, or {@code null}
     * @param pattern regular expression the whole covered text must match, or {@code null}
     * @param reason why the findings are acceptable
     * @param source the file the entry comes from, for reports
     * @param line 1-based line of the entry in that file
     * @throws java.util.regex.PatternSyntaxException for a bad pattern
     * @throws IllegalArgumentException for a bad glob
     */
    public Suppression(String rule, String files, String text, String pattern, String reason, String source, int line) {
        this.rule = rule;
        this.files = files;
        this.text = text;
        this.pattern = pattern;
        this.reason = reason;
        this.source = source;
        this.line = line;
        this.fileMatchers = files == null ? null : globs(files);
        this.compiledPattern = pattern == null ? null : Pattern.compile(pattern);
    }

    /** A glob starting with two stars and a slash also matches files in the root, as Maven users expect. */
    private static PathMatcher[] globs(String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        if (glob.startsWith("**/")) {
            return new PathMatcher[] {matcher, FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3))};
        }
        return new PathMatcher[] {matcher};
    }

    /** Whether this entry silences the finding. */
    public boolean matches(Finding finding) {
        if (!rule.equals(finding.ruleId())
                && !rule.equals(finding.category())
                && !RuleCatalog.find(finding.ruleId())
                        .map(r -> r.category().equals(rule))
                        .orElse(false)) {
            return false;
        }
        if (fileMatchers != null && !matchesFile(finding.document())) {
            return false;
        }
        if (text != null && !text.equals(finding.text())) {
            return false;
        }
        return compiledPattern == null
                || compiledPattern.matcher(finding.text()).matches();
    }

    private boolean matchesFile(String document) {
        Path path = Path.of(document);
        for (PathMatcher matcher : fileMatchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }

    public String rule() {
        return rule;
    }

    public Optional<String> files() {
        return Optional.ofNullable(files);
    }

    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    public Optional<String> pattern() {
        return Optional.ofNullable(pattern);
    }

    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    /** {@code suppressions.yml:4} — where to find the entry. */
    public String location() {
        return source + ":" + line;
    }

    @Override
    public String toString() {
        return "Suppression[" + location() + " rule=" + rule + (files != null ? " files=" + files : "")
                + (text != null ? " text=" + text : "") + (pattern != null ? " pattern=" + pattern : "") + " reason="
                + reason + "]";
    }
}
