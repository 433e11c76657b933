package org.corpusqa.report;

import java.util.Locale;
import org.apache.uima.jcas.tcas.Annotation;
import org.corpusqa.type.Actor;
import org.corpusqa.type.Location;
import org.corpusqa.type.Numeral;
import org.corpusqa.type.Quote;

/**
 * The annotation types the review pages highlight, in display order. {@link #cssName()} gives the
 * stable class {@code ann-<name>} and the filter checkbox's {@code data-type}, which browser tests
 * select on.
 */
enum AnnotationType {
    ACTOR("Actor", Actor.class, 1),
    LOCATION("Location", Location.class, 2),
    NUMERAL("Numeral", Numeral.class, 3),
    QUOTE("Quote", Quote.class, 0);

    private final String label;
    private final Class<? extends Annotation> type;
    private final int nesting;
    private final String cssName;

    AnnotationType(String label, Class<? extends Annotation> type, int nesting) {
        this.label = label;
        this.type = type;
        this.nesting = nesting;
        this.cssName = name().toLowerCase(Locale.ROOT);
    }

    String label() {
        return label;
    }

    Class<? extends Annotation> type() {
        return type;
    }

    /** Which of two annotations with the same span is outside: lower is outer (a quote). */
    int nesting() {
        return nesting;
    }

    String cssName() {
        return cssName;
    }
}
