package org.corpusqa.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds quotations by their marks, in one pass over the text and without regular expressions.
 *
 * <p>Marks: {@code "…"}, {@code “…”}, {@code ‘…’}, {@code '…'}, {@code «…»}, {@code »…«}, {@code
 * „…“}, {@code „…”}, {@code ‚…‘}. A quote opened with one mark of a family (double or single) and
 * closed with another of the same family ({@code “…"}) is a quote and a {@link ScanProblem#MIXED}
 * problem. Quotes of the other family nest ({@code "He said 'no'"}).
 *
 * <p>A paragraph is a line. Quotes never cross a line, except by the news convention for long
 * quotes: a paragraph that leaves a quote open is followed by one that reopens it (see {@link
 * QuoteSpan}). Any other unclosed opening mark, and any closing mark with nothing to close, is an
 * {@link ScanProblem#UNBALANCED} problem, never an exception.
 *
 * <p>Apostrophes are told from single closing marks by context: {@code ’}, {@code '} between
 * letters ({@code don’t}, {@code Russia’s}) are apostrophes; so is a word-final one when no single
 * quote is open ({@code Turks’ deaths}), and, inside an open single quote, a plural possessive
 * ({@code s’} followed by a noun) when a later closing mark exists in the paragraph. A straight
 * {@code '} opens a quote only when a closing candidate follows in the paragraph, and an unclosed
 * one is dropped silently because it cannot be told from an apostrophe. {@code ´} is never a mark.
 */
public final class QuoteScanner {
    private static final String DOUBLE = "\"“”„«»";
    private static final String SINGLE = "'‘’‚‹›";
    private static final String OPEN_PUNCT = "([{—–-/";
    private static final String CLOSE_PUNCT = ".,;:!?)]}—–-…/";
    private static final Comparator<QuoteSpan> QUOTE_ORDER =
            Comparator.comparingInt(QuoteSpan::begin).thenComparingInt(QuoteSpan::depth);
    private static final Comparator<ScanProblem> PROBLEM_ORDER = Comparator.comparingInt(ScanProblem::begin);

    /** Words after {@code s’} that show the mark closed a quote rather than marking a possessive. */
    private static final Set<String> NOT_POSSESSED = Set.of(
            "and", "or", "but", "to", "in", "on", "at", "for", "of", "with", "by", "from", "as", "is", "was", "were",
            "are", "that", "which", "who", "has", "had", "have", "will", "would", "after", "before", "while", "when",
            "because", "if", "than", "said", "says", "he", "she", "they", "it");

    /**
     * The text's chars, copied once: the scan reads every char, and {@link CharSequence#charAt}
     * on the document string cost an interface check, a bounds check and a Latin-1/UTF-16 switch
     * each (a third of the scan).
     */
    private final char[] text;

    private final List<QuoteSpan> quotes = new ArrayList<>();
    private final List<ScanProblem> problems = new ArrayList<>();
    private final ArrayDeque<Open> stack = new ArrayDeque<>();
    private int paraStart;
    private int paraEnd;
    /** {@link #lastSingleCloser()} of the paragraph, or {@link #NOT_YET} until a rule asks. */
    private int lastSingleCloser;

    private static final int NOT_YET = -2;

    private record Open(int pos, char mark, boolean continuesPrevious) {}

    private QuoteScanner(CharSequence text) {
        this.text = text.toString().toCharArray();
    }

    /** Scans a whole document. */
    public static ScanResult scan(CharSequence text) {
        QuoteScanner scanner = new QuoteScanner(text);
        scanner.run();
        scanner.quotes.sort(QUOTE_ORDER);
        scanner.problems.sort(PROBLEM_ORDER);
        return new ScanResult(scanner.quotes, scanner.problems);
    }

    private void run() {
        boolean continuing = false;
        int start = 0;
        int n = text.length;
        while (start < n) {
            int end = lineEnd(start);
            int first = skipSpace(start, end);
            if (first < end) {
                continuing = paragraph(start, end, continuing);
            }
            start = end + 1;
        }
    }

    /** Scans one paragraph; returns whether its outermost quote goes on in the next one. */
    private boolean paragraph(int start, int end, boolean continuing) {
        paraStart = start;
        paraEnd = end;
        while (paraEnd > paraStart && isSpace(text[paraEnd - 1])) {
            paraEnd--;
        }
        stack.clear();
        lastSingleCloser = NOT_YET; // found on demand: most paragraphs have no single quote mark to judge
        int first = skipSpace(start, end);
        for (int i = first; i < paraEnd; i++) {
            char c = text[i];
            if (!isMark(c)) {
                continue;
            }
            boolean continues = continuing && i == first;
            switch (c) {
                case '"' -> straightDouble(i, continues);
                case '“' -> leftDouble(i, continues);
                case '”' -> rightDouble(i, continues);
                case '«' -> angle(i, '»', continues);
                case '»' -> angle(i, '«', continues);
                case '‘' -> leftSingle(i, continues);
                case '’' -> rightSingle(i);
                case '\'' -> straightSingle(i, continues);
                case '‹' -> angle(i, '›', continues);
                case '›' -> angle(i, '‹', continues);
                default -> push(i, c, continues); // „ and ‚ only open
            }
        }
        return endParagraph(end);
    }

    private void straightDouble(int i, boolean continues) {
        Open target = innermost(DOUBLE);
        if (target == null) {
            if (closerLooking(i) && !openerLooking(i) || isSpace(after(i))) {
                stray(i);
            } else {
                push(i, '"', continues);
            }
            return;
        }
        Open top = stack.peek();
        boolean nestedOpener = openerLooking(i) && !closerLooking(i);
        if (nestedOpener && top.mark() != '"') {
            push(i, '"', continues);
        } else {
            closeThrough(i, target);
        }
    }

    private void leftDouble(int i, boolean continues) {
        Open top = stack.peek();
        if (top != null && top.mark() == '„') {
            close(i, top);
        } else if (top != null && isDouble(top.mark()) && closerLooking(i) && !openerLooking(i)) {
            close(i, top);
        } else {
            push(i, '“', continues);
        }
    }

    private void rightDouble(int i, boolean continues) {
        Open target = innermost(DOUBLE);
        if (target != null) {
            closeThrough(i, target);
        } else if (openerLooking(i) && !closerLooking(i)) {
            push(i, '”', continues);
        } else {
            stray(i);
        }
    }

    /**
     * Guillemets open or close depending on what is open: {@code «…»} and {@code »…«} both occur,
     * and French spacing puts blanks inside the marks ({@code « Non »}), so a {@code «} or {@code
     * ‹} opens whatever follows it.
     */
    private void angle(int i, char partner, boolean continues) {
        char mark = text[i];
        String family = isDouble(partner) ? DOUBLE : SINGLE;
        Open target = innermost(family);
        if (target != null && (target.mark() == partner || closerLooking(i) && !openerLooking(i))) {
            closeThrough(i, target);
        } else if (mark == '«' || mark == '‹' || openerLooking(i)) {
            push(i, mark, continues);
        } else {
            stray(i);
        }
    }

    private void leftSingle(int i, boolean continues) {
        Open top = stack.peek();
        if (top != null && top.mark() == '‚') {
            close(i, top);
        } else if (isLetterOrDigit(before(i)) && isLetterOrDigit(after(i)) || isSpace(after(i)) || yearAbbrev(i)) {
            return; // an apostrophe typed the wrong way round: rock‘n‘roll, ‘90s
        } else if (top != null && isSingle(top.mark()) && closerLooking(i) && !openerLooking(i)) {
            close(i, top);
        } else {
            push(i, '‘', continues);
        }
    }

    private void rightSingle(int i) {
        Open top = stack.peek();
        if (isLetterOrDigit(before(i)) && Character.isLetter(after(i))) {
            return;
        }
        if (top != null && isSingle(top.mark()) && closerLooking(i) && !possessivePlural(i)) {
            close(i, top);
        } else if ((top == null || !isSingle(top.mark()))
                && openerLooking(i)
                && !yearAbbrev(i)
                && lastSingleCloser() > i) {
            push(i, '’', false); // typed the wrong way round: ’We will,’ he said
        }
    }

    private void straightSingle(int i, boolean continues) {
        if (isLetterOrDigit(before(i)) && isLetterOrDigit(after(i))) {
            return;
        }
        Open top = stack.peek();
        if (top != null && isSingle(top.mark()) && closerLooking(i)) {
            if (!possessivePlural(i)) {
                close(i, top);
            }
        } else if (openerLooking(i) && !yearAbbrev(i) && lastSingleCloser() > i) {
            push(i, '\'', continues);
        }
    }

    private boolean endParagraph(int lineEnd) {
        if (stack.isEmpty()) {
            return false;
        }
        Open outer = stack.peekLast();
        boolean continued = continuedBelow(lineEnd, outer.mark());
        while (!stack.isEmpty()) {
            Open open = stack.pop();
            if (open == outer && continued) {
                quotes.add(
                        new QuoteSpan(open.pos(), paraEnd, open.mark(), (char) 0, 0, true, open.continuesPrevious()));
            } else if (open.mark() != '\'') {
                problems.add(new ScanProblem(
                        ScanProblem.UNBALANCED,
                        open.pos(),
                        open.pos() + 1,
                        "Opening quote mark " + open.mark() + " is never closed"));
            }
        }
        return continued;
    }

    /** Whether the next non-blank paragraph starts by reopening a quote of the same family. */
    private boolean continuedBelow(int lineEnd, char mark) {
        int i = lineEnd + 1;
        while (i < text.length && isSpace(text[i])) {
            i++;
        }
        if (i >= text.length) {
            return false;
        }
        char c = text[i];
        return isDouble(mark) ? "\"“„«»".indexOf(c) >= 0 : "'‘‚‹›".indexOf(c) >= 0;
    }

    private void push(int i, char mark, boolean continues) {
        stack.push(new Open(i, mark, continues));
    }

    private void closeThrough(int i, Open target) {
        while (stack.peek() != target) {
            Open inner = stack.pop();
            if (inner.mark() != '\'') {
                problems.add(new ScanProblem(
                        ScanProblem.UNBALANCED,
                        inner.pos(),
                        inner.pos() + 1,
                        "Opening quote mark " + inner.mark() + " is never closed"));
            }
        }
        close(i, target);
    }

    private void close(int i, Open open) {
        stack.pop();
        char mark = text[i];
        quotes.add(new QuoteSpan(open.pos(), i + 1, open.mark(), mark, stack.size(), false, open.continuesPrevious()));
        if (!isCanonical(open.mark(), mark)) {
            problems.add(new ScanProblem(
                    ScanProblem.MIXED,
                    i,
                    i + 1,
                    "Quote opened with " + open.mark() + " is closed with " + mark + " (mixed quote marks)"));
        }
    }

    private void stray(int i) {
        problems.add(new ScanProblem(
                ScanProblem.UNBALANCED, i, i + 1, "Closing quote mark " + text[i] + " has no opening mark"));
    }

    /** The innermost open quote of a family, or null. */
    private Open innermost(String family) {
        for (Iterator<Open> it = stack.iterator(); it.hasNext(); ) {
            Open open = it.next();
            if (family.indexOf(open.mark()) >= 0) {
                return open;
            }
        }
        return null;
    }

    /**
     * Whether a word-final {@code s’} inside an open single quote is a plural possessive ({@code
     * ‘The Turks’ deaths,’ he said}): a word that is not a function word follows, and the quote
     * can still close later in the paragraph.
     */
    private boolean possessivePlural(int i) {
        char b = before(i);
        if (b != 's' && b != 'S' || after(i) != ' ' || lastSingleCloser() <= i) {
            return false;
        }
        int start = i + 2;
        int end = start;
        while (end < paraEnd && Character.isLetter(text[end])) {
            end++;
        }
        if (end == start) {
            return false;
        }
        String word = new String(text, start, end - start).toLowerCase(Locale.ROOT);
        return !NOT_POSSESSED.contains(word);
    }

    /** The last {@code ’} or {@code '} of the paragraph that could close a single quote. */
    private int lastSingleCloser() {
        if (lastSingleCloser == NOT_YET) {
            lastSingleCloser = findLastSingleCloser();
        }
        return lastSingleCloser;
    }

    private int findLastSingleCloser() {
        for (int i = paraEnd - 1; i >= paraStart; i--) {
            char c = text[i];
            if ((c == '’' || c == '\'')
                    && closerLooking(i)
                    && !(isLetterOrDigit(before(i)) && Character.isLetter(after(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code '90s}, {@code ’19}: an elided century, not a quote. */
    private boolean yearAbbrev(int i) {
        return i + 2 < paraEnd
                && Character.isDigit(text[i + 1])
                && Character.isDigit(text[i + 2])
                && (i + 3 >= paraEnd || !Character.isDigit(text[i + 3]));
    }

    private boolean openerLooking(int i) {
        char b = before(i);
        return (isSpace(b) || OPEN_PUNCT.indexOf(b) >= 0 || isMark(b)) && !isSpace(after(i));
    }

    private boolean closerLooking(int i) {
        char a = after(i);
        return !isSpace(before(i)) && (isSpace(a) || CLOSE_PUNCT.indexOf(a) >= 0 || isMark(a));
    }

    private char before(int i) {
        return i > paraStart ? text[i - 1] : ' ';
    }

    private char after(int i) {
        return i + 1 < paraEnd ? text[i + 1] : ' ';
    }

    private int lineEnd(int start) {
        int i = start;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    private int skipSpace(int i, int end) {
        while (i < end && isSpace(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isLetterOrDigit(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Whether the char is a quote mark; every mark but {@code "} and {@code '} lies above {@code «}. */
    private static boolean isMark(char c) {
        return c == '"' || c == '\'' || c >= '«' && (DOUBLE.indexOf(c) >= 0 || SINGLE.indexOf(c) >= 0);
    }

    /** Whether a quote opened with {@code open} and closed with {@code close} uses one matching pair. */
    private static boolean isCanonical(char open, char close) {
        return switch (open) {
            case '"' -> close == '"';
            case '“' -> close == '”';
            case '„' -> close == '“' || close == '”';
            case '«' -> close == '»';
            case '»' -> close == '«';
            case '\'' -> close == '\'';
            case '‘' -> close == '’';
            case '‚' -> close == '‘' || close == '’';
            case '‹' -> close == '›';
            case '›' -> close == '‹';
            default -> false;
        };
    }

    private static boolean isDouble(char c) {
        return DOUBLE.indexOf(c) >= 0;
    }

    private static boolean isSingle(char c) {
        return SINGLE.indexOf(c) >= 0;
    }
}
