package org.corpusqa.rules;

import org.corpusqa.check.Finding;

/** Where a rule puts what it finds; a list's {@code add} is the usual sink. */
@FunctionalInterface
public interface FindingSink {
    void report(Finding finding);
}
