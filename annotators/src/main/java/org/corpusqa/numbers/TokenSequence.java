package org.corpusqa.numbers;

import java.util.Arrays;
import java.util.Locale;
import org.corpusqa.text.CharClass;

/**
 * The text cut into words, digit groups and single symbols, kept as parallel arrays of offsets so
 * that the parser can look a few tokens back and ahead by index without copying text.
 *
 * <p>A digit group takes thousands separators ({@code 800,000}: a comma, thin or narrow no-break
 * space followed by exactly three digits) and one decimal part ({@code 3.6}); a comma or dot not followed that way ends it. A word is
 * a run of letters and combining marks. Every other non-space char is a one-char symbol token.
 *
 * <p>Tokens inside a chunk that looks like a URL, an e-mail address, a handle or a hashtag (a run of
 * non-space chars containing {@code ://}, {@code www.}, {@code @}, or starting with {@code #}) are
 * marked blocked: digits there are parts of identifiers, not numbers. Lowercase forms of words are
 * made once per word token, on demand; nothing is allocated per char.
 */
final class TokenSequence {
    static final byte WORD = 0;
    static final byte DIGITS = 1;
    static final byte SYMBOL = 2;

    private final String text;
    /** The text's chars, copied once: the tokenizer and the word tests read them one by one. */
    private final char[] chars;

    private int size;
    private int[] begins;
    private int[] ends;
    private byte[] types;
    private boolean[] blocked;
    private boolean[] lineStarts;
    private Lexeme[] lexemes;
    private String[] lowers;
    private int secondLineStart = -1;

    private TokenSequence(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int capacity = 16 + chars.length / 4; // a token every five chars or so: rarely grown
        begins = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
        blocked = new boolean[capacity];
        lineStarts = new boolean[capacity];
        lexemes = new Lexeme[capacity];
        lowers = new String[capacity];
    }

    /** Tokenizes the whole text in one pass. */
    static TokenSequence of(String text) {
        TokenSequence tokens = new TokenSequence(text);
        tokens.scan();
        return tokens;
    }

    /**
     * Cuts the tokens and marks the identifier chunks on the way: the marks of an identifier are
     * symbols or open the chunk, so the chunk's chars need not be read a second time.
     */
    private void scan() {
        int n = chars.length;
        int i = 0;
        int chunkBegin = 0;
        int chunkFirstToken = 0;
        boolean identifier = false;
        boolean atLineStart = true;
        while (i < n) {
            char c = chars[i];
            if (CharClass.isSpace(c)) {
                closeChunk(identifier, chunkFirstToken);
                if (c == '\n' || c == '\r') {
                    atLineStart = true;
                }
                i++;
                chunkBegin = i;
                chunkFirstToken = size;
                identifier = false;
                continue;
            }
            if (i == chunkBegin) {
                identifier = c == '#' || c == 'w' && text.startsWith("www.", i);
            }
            int end;
            byte type;
            if (c >= '0' && c <= '9') {
                end = digitGroupEnd(i);
                type = DIGITS;
            } else if (CharClass.isLetter(c)) {
                end = wordEnd(i);
                type = WORD;
            } else {
                end = i + Character.charCount(Character.codePointAt(chars, i));
                type = SYMBOL;
                identifier |=
                        c == '@' || c == ':' && i + 2 < chars.length && chars[i + 1] == '/' && chars[i + 2] == '/';
            }
            add(i, end, type, atLineStart);
            atLineStart = false;
            i = end;
        }
        closeChunk(identifier, chunkFirstToken);
    }

    private int digitGroupEnd(int start) {
        int n = chars.length;
        int i = start;
        while (i < n && isDigit(chars[i])) {
            i++;
        }
        char separator = i < n && isGroupSeparator(chars[i]) ? chars[i] : ',';
        while (i < n && chars[i] == separator && threeDigitsAt(i + 1)) {
            i += 4;
        }
        if (i + 1 < n && chars[i] == '.' && isDigit(chars[i + 1])) {
            i++;
            while (i < n && isDigit(chars[i])) {
                i++;
            }
        }
        return i;
    }

    /** A comma, or a thin or narrow no-break space as in {@code 1 040}; a plain space is not, being ambiguous. */
    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '\u2009' || c == '\u202F';
    }

    private boolean threeDigitsAt(int i) {
        int n = chars.length;
        return i + 2 < n
                && isDigit(chars[i])
                && isDigit(chars[i + 1])
                && isDigit(chars[i + 2])
                && (i + 3 >= n || !isDigit(chars[i + 3]));
    }

    private int wordEnd(int start) {
        int n = chars.length;
        int i = start;
        while (i < n) {
            if (isWordChar(chars[i])) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private void add(int begin, int end, byte type, boolean lineStart) {
        if (size == begins.length) {
            int capacity = size * 2;
            begins = Arrays.copyOf(begins, capacity);
            ends = Arrays.copyOf(ends, capacity);
            types = Arrays.copyOf(types, capacity);
            blocked = Arrays.copyOf(blocked, capacity);
            lineStarts = Arrays.copyOf(lineStarts, capacity);
            lexemes = Arrays.copyOf(lexemes, capacity);
            lowers = Arrays.copyOf(lowers, capacity);
        }
        if (lineStart && size > 0 && secondLineStart < 0) {
            secondLineStart = size;
        }
        begins[size] = begin;
        ends[size] = end;
        types[size] = type;
        lineStarts[size] = lineStart;
        lexemes[size] = type == WORD ? Lexeme.of(chars, begin, end) : Lexeme.NONE;
        size++;
    }

    /** Blocks the tokens of a chunk from {@code firstToken} on when it looks like an identifier. */
    private void closeChunk(boolean identifier, int firstToken) {
        if (identifier) {
            for (int t = firstToken; t < size; t++) {
                blocked[t] = true;
            }
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A letter or a combining mark: what a word is made of. */
    private static boolean isWordChar(char c) {
        return CharClass.isLetterOrMark(c);
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int begin(int t) {
        return begins[t];
    }

    int end(int t) {
        return ends[t];
    }

    boolean isWord(int t) {
        return inRange(t) && types[t] == WORD;
    }

    boolean isDigits(int t) {
        return inRange(t) && types[t] == DIGITS;
    }

    boolean isSymbol(int t) {
        return inRange(t) && types[t] == SYMBOL;
    }

    /** Whether token {@code t} is the one-char symbol {@code c}. */
    boolean isSymbol(int t, char c) {
        return isSymbol(t) && chars[begins[t]] == c;
    }

    /** Whether token {@code t} is a hyphen or a dash that can join numbers ({@code 10-20}, {@code 10–20}). */
    boolean isDash(int t) {
        if (!isSymbol(t)) {
            return false;
        }
        char c = chars[begins[t]];
        return c == '-' || c == '–' || c == '‐' || c == '‑';
    }

    boolean inRange(int t) {
        return t >= 0 && t < size;
    }

    boolean isBlocked(int t) {
        return inRange(t) && blocked[t];
    }

    /** Whether token {@code t} is the first token of a line. */
    boolean isLineStart(int t) {
        return inRange(t) && lineStarts[t];
    }

    /** Whether token {@code t} is on the first line of the text, usually the title. */
    boolean isInFirstLine(int t) {
        return secondLineStart < 0 || t < secondLineStart;
    }

    /** Whether token {@code t} touches the token before it (no space between). */
    boolean touchesPrevious(int t) {
        return t > 0 && t < size && begins[t] == ends[t - 1];
    }

    /** Whether token {@code t} touches the token after it. */
    boolean touchesNext(int t) {
        return t >= 0 && t + 1 < size && ends[t] == begins[t + 1];
    }

    /** The lowercase form of a word token, or {@code ""} for other tokens and out-of-range indices. */
    String lower(int t) {
        if (!isWord(t)) {
            return "";
        }
        String lower = lowers[t];
        if (lower == null) {
            lower = text.substring(begins[t], ends[t]).toLowerCase(Locale.ROOT);
            lowers[t] = lower;
        }
        return lower;
    }

    /**
     * What the lexicon says about token {@code t}: {@link Lexeme#NONE} for a word it does not know,
     * for other tokens and for out-of-range indices.
     */
    Lexeme lexeme(int t) {
        return inRange(t) ? lexemes[t] : Lexeme.NONE;
    }

    /**
     * Whether token {@code t} is the word {@code lowerWord}, in any case. The rules ask this about
     * ten times of nearly every word, so it stays small enough to be inlined everywhere: most
     * words fail on the length, and the letters are compared in place.
     */
    boolean is(int t, String lowerWord) {
        return isWord(t) && ends[t] - begins[t] == lowerWord.length() && hasLetters(t, lowerWord);
    }

    /**
     * Whether the word token {@code t} lowercases to {@code lowerWord}, of the same length. Only a
     * word with a non-ASCII char is lowercased, as {@link #lower(int)} does it.
     */
    private boolean hasLetters(int t, String lowerWord) {
        for (int i = begins[t], k = 0; i < ends[t]; i++, k++) {
            char c = chars[i];
            if (c >= 0x80) {
                return lower(t).equals(lowerWord);
            }
            if ((c | 0x20) != lowerWord.charAt(k)) {
                return false; // an ASCII char in a word is a letter, and c | 0x20 its lowercase
            }
        }
        return true;
    }

    /** Whether token {@code t} is a word starting with an uppercase letter. */
    boolean isCapitalized(int t) {
        return isWord(t) && CharClass.isUpperCase(chars[begins[t]]);
    }

    /** Whether token {@code t} is a word with an uppercase letter anywhere: {@code Windows}, {@code iPhone}. */
    boolean hasUppercase(int t) {
        if (!isWord(t)) {
            return false;
        }
        for (int i = begins[t]; i < ends[t]; i++) {
            if (CharClass.isUpperCase(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is a word written in uppercase letters only. */
    boolean isAllCaps(int t) {
        if (!isWord(t)) {
            return false;
        }
        for (int i = begins[t]; i < ends[t]; i++) {
            if (!CharClass.isUpperCase(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Number of chars of token {@code t}. */
    int length(int t) {
        return ends[t] - begins[t];
    }

    /** Whether a digit token has thousands separators or a decimal part. */
    boolean hasSeparators(int t) {
        for (int i = begins[t]; i < ends[t]; i++) {
            if (!isDigit(chars[i])) {
                return true;
            }
        }
        return false;
    }

    /** The value of a digit token, separators skipped, decimals kept. */
    double digitValue(int t) {
        long mantissa = 0;
        int decimals = -1;
        int significant = 0;
        for (int i = begins[t]; i < ends[t]; i++) {
            char c = chars[i];
            if (c == '.') {
                decimals = 0;
            } else if (isDigit(c)) {
                if (significant >= 17) {
                    return slowValue(t);
                }
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa > 0) {
                    significant++;
                }
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        return decimals <= 0 ? mantissa : mantissa / Math.pow(10, decimals);
    }

    private double slowValue(int t) {
        StringBuilder digits = new StringBuilder(ends[t] - begins[t]);
        for (int i = begins[t]; i < ends[t]; i++) {
            char c = chars[i];
            if (isDigit(c) || c == '.') {
                digits.append(c);
            }
        }
        return Double.parseDouble(digits.toString());
    }
}
