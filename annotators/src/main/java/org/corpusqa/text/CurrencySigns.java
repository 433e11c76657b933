package org.corpusqa.text;

/**
 * Country names that are written as part of a currency sign: {@code US$895 million}, {@code
 * HK$2bn}, {@code NZ$40}. The actor and location annotators both leave such a name to the amount.
 */
public final class CurrencySigns {
    private CurrencySigns() {}

    /** Whether the name ending at {@code end} runs straight into a dollar sign. */
    public static boolean prefixesDollarSign(CharSequence text, int end) {
        return end < text.length() && text.charAt(end) == '$';
    }
}
