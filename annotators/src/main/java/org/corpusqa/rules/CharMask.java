package org.corpusqa.rules;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A set of chars that a rule needs to see before it can report anything: the rules that look for
 * rare chars (control chars, special spaces, mojibake leads, acute accents) ask the document's
 * {@link SourceDocumentView#containsAny(CharMask) census} first and skip their scan of the text
 * when none occurs, which is what happens in almost every document.
 */
final class CharMask {
    /** One bit per char. */
    static final int WORDS = (Character.MAX_VALUE + 1) / Long.SIZE;

    private final long[] bits;
    /** The indices of the non-zero words, so that a test touches only those. */
    private final int[] usedWords;

    private CharMask(long[] bits) {
        this.bits = bits;
        this.usedWords = IntStream.range(0, WORDS).filter(w -> bits[w] != 0).toArray();
    }

    /** The chars for which {@code member} holds; built once per rule class. */
    static CharMask of(IntPredicate member) {
        long[] bits = new long[WORDS];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (member.test(c)) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return new CharMask(bits);
    }

    boolean contains(char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }

    /** Whether a census of the same layout (one bit per char that occurs) shares a char with this set. */
    boolean intersects(long[] census) {
        for (int w : usedWords) {
            if ((census[w] & bits[w]) != 0) {
                return true;
            }
        }
        return false;
    }
}
