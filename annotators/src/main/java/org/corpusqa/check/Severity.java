package org.corpusqa.check;

import java.util.Locale;

/** How serious a finding is; {@code violationSeverity} picks the lowest one that fails a build. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** Parses {@code error}, {@code warning} or {@code info}, case-insensitively. */
    public static Severity parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + value + "' (expected error, warning or info)", e);
        }
    }

    /** Whether a finding of this severity counts against a threshold. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Lower-case name, as in result files and the type system. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
