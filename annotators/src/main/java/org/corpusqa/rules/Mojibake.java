package org.corpusqa.rules;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Recognises UTF-8 that was decoded as Windows-1252 or Latin-1: {@code Ã©} for {@code é},
 * {@code â€™} for {@code ’}, {@code Ä±} for {@code ı}. Each char of such a sequence maps back to
 * one byte, and the bytes form one valid UTF-8 character.
 *
 * <p>Any Latin-1 text contains pairs like {@code ß’} whose bytes happen to be valid UTF-8, so only
 * lead chars whose decoding is plausible in news text are accepted: {@code Â Ã Ä Å} (Latin-1
 * supplement and Latin Extended-A), {@code Ð Ñ} (Cyrillic, only two or more letters in a row),
 * {@code â} (punctuation, currency,
 * symbols), {@code ï} (BOM, U+FFFD, ligatures) and {@code ð} followed by {@code Ÿ} (emoji). Legit
 * text almost never has these chars directly followed by C1/Windows-1252 punctuation or Latin-1
 * symbols, which is what the continuation bytes look like.
 */
final class Mojibake {
    /** For each char below U+2200, the byte it came from in Windows-1252 or Latin-1, or -1. */
    private static final short[] BYTE_OF = buildByteTable();

    /** The chars a mojibake sequence can begin with: a text without any has none. */
    static final CharMask LEADS = CharMask.of(c -> sequenceLength((char) c) > 0);

    private Mojibake() {}

    /**
     * End of the mojibake sequence that starts at {@code i}, or -1 when none starts there. Adjacent
     * sequences are not joined here; callers loop.
     */
    static int match(CharSequence text, int i) {
        int end = decode(text, i);
        if (end > 0 && isCyrillicLead(text.charAt(i))) {
            // One Cyrillic letter alone ("Ð’") is too weak a sign; mojibake words come in runs.
            boolean runBefore = i >= 2 && isCyrillicLead(text.charAt(i - 2)) && decode(text, i - 2) == i;
            boolean runAfter = isCyrillicLead(charAt(text, end)) && decode(text, end) > 0;
            return runBefore || runAfter ? end : -1;
        }
        return end;
    }

    private static boolean isCyrillicLead(char c) {
        return c == 'Ð' || c == 'Ñ';
    }

    private static char charAt(CharSequence text, int i) {
        return i < text.length() ? text.charAt(i) : '\0';
    }

    /** End of one decodable sequence at {@code i}, or -1. */
    private static int decode(CharSequence text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        char lead = text.charAt(i);
        int length = sequenceLength(lead);
        if (length == 0 || i + length > text.length()) {
            return -1;
        }
        int lead1 = lead;
        int codePoint = lead1 & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        return plausible(lead, codePoint) ? i + length : -1;
    }

    /**
     * The text as it should have read: every mojibake sequence decoded, repeatedly, so that text
     * that went through the wrong decoding twice ({@code Ã¢â‚¬â„¢}) comes back as {@code ’}.
     */
    static String repair(CharSequence text) {
        String current = text.toString();
        for (int round = 0; round < 3; round++) {
            String next = repairOnce(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static String repairOnce(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = match(text, i);
            if (end < 0) {
                out.append(text.charAt(i++));
                continue;
            }
            byte[] bytes = new byte[end - i];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) byteOf(text.charAt(i + k));
            }
            out.append(new String(bytes, StandardCharsets.UTF_8));
            i = end;
        }
        return out.toString();
    }

    private static int sequenceLength(char lead) {
        return switch (lead) {
            case 'Â', 'Ã', 'Ä', 'Å', 'Ð', 'Ñ' -> 2;
            case 'â', 'ï' -> 3;
            case 'ð' -> 4;
            default -> 0;
        };
    }

    private static boolean plausible(char lead, int codePoint) {
        return switch (lead) {
            case 'Â' -> codePoint >= 0xA0;
            case 'ï' -> codePoint >= 0xFB00;
            case 'ð' -> codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
            default -> true;
        };
    }

    private static int byteOf(char c) {
        return c < BYTE_OF.length ? BYTE_OF[c] : -1;
    }

    private static short[] buildByteTable() {
        short[] table = new short[0x2200];
        Arrays.fill(table, (short) -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            // Latin-1 view: U+0080..U+00FF are the bytes themselves, including the C1 controls
            // that Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
            table[b] = (short) b;
        }
        CharsetDecoder cp1252 = Charset.forName("windows-1252")
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        for (int b = 0x80; b <= 0x9F; b++) {
            try {
                char c = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
                if (c != '\uFFFD' && c < table.length) {
                    table[c] = (short) b;
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalStateException("windows-1252 must decode every byte", e);
            }
        }
        return table;
    }
}
