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
        for (int i = 0; i < text.length(); i++) {
            escape(text.charAt(i), out);
        }
        return out;
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
