package org.corpusqa.report;

/**
 * Escaping for the review pages. Everything that comes from a document, a CAS feature or a
 * finding goes through here. The output is also well-formed XML: characters XML cannot carry (C0
 * controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) become U+FFFD.
 */
final class Html {
    private Html() {}

    /** Appends text escaped for element content or a double- or single-quoted attribute. */
    static StringBuilder escape(CharSequence text, StringBuilder out) {
        if (text == null) {
            return out;
        }
        return escape(text, 0, text.length(), out);
    }

    /** Appends {@code text[from, to)} escaped, copying runs that need no escaping in bulk. */
    static StringBuilder escape(CharSequence text, int from, int to, StringBuilder out) {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (needsEscape(c)) {
                out.append(text, run, i);
                escape(c, out);
                run = i + 1;
            }
        }
        return out.append(text, run, to);
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c >= '\uFFFE';
    }

    static StringBuilder escape(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            case '\n' -> out.append("&#10;");
            case '\r' -> out.append("&#13;");
            case '\t' -> out.append(c);
            default -> out.append(c < 0x20 || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
        }
        return out;
    }

    static String escape(CharSequence text) {
        return escape(text, new StringBuilder()).toString();
    }
}
