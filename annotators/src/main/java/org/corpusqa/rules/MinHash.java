package org.corpusqa.rules;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.corpusqa.text.CharClass;
import org.corpusqa.text.TextFolding;

/**
 * Word-shingle MinHash sketches: {@value #SIZE} minima of {@value #SHINGLE_WORDS}-word shingles
 * under as many hash functions, so that the share of equal positions in two sketches estimates the
 * Jaccard similarity of the two documents' shingle sets (standard error about 0.035 at 0.8).
 *
 * <p>Words are runs of letters and digits, folded (case, diacritics), so layout, punctuation and
 * apostrophe style do not count. One pass over the text with no allocation per word: each word is
 * hashed char by char (FNV-1a), a shingle hash combines the last five word hashes, and the
 * {@value #SIZE} functions are multiply-add-shift hashes of that, which is cheap enough to sketch
 * thousands of documents a second.
 */
final class MinHash {
    static final int SIZE = 128;
    static final int SHINGLE_WORDS = 5;

    private static final HexFormat HEX = HexFormat.of();
    private static final long[] MULTIPLIERS = new long[SIZE];
    private static final long[] ADDENDS = new long[SIZE];

    static {
        SplittableRandom random = new SplittableRandom(0x5EED_C0FFEEL);
        for (int i = 0; i < SIZE; i++) {
            MULTIPLIERS[i] = random.nextLong() | 1L;
            ADDENDS[i] = random.nextLong();
        }
    }

    private MinHash() {}

    /** Sketch, shingle count and content hash of a text span. */
    record Result(int[] sketch, int shingles, String contentHash) {}

    static Result of(char[] text, int begin, int end) {
        int[] sketch = new int[SIZE];
        java.util.Arrays.fill(sketch, Integer.MAX_VALUE);
        long[] window = new long[SHINGLE_WORDS];
        int words = 0;
        long content1 = 0x243F6A8885A308D3L;
        long content2 = 0x13198A2E03707344L;
        long wordHash = 0;
        boolean inWord = false;
        for (int i = begin; i <= end; i++) {
            char c = i < end ? text[i] : ' ';
            if (CharClass.isLetterOrDigit(c)) {
                if (!inWord) {
                    wordHash = 0xCBF29CE484222325L;
                    inWord = true;
                }
                wordHash = (wordHash ^ TextFolding.fold(c)) * 0x100000001B3L;
                continue;
            }
            if (!inWord) {
                continue;
            }
            inWord = false;
            window[words % SHINGLE_WORDS] = wordHash;
            words++;
            content1 = mix(content1 * 31 + wordHash);
            content2 = mix(content2 ^ Long.rotateLeft(wordHash, 17)) + words;
            if (words >= SHINGLE_WORDS) {
                addShingle(sketch, shingleHash(window, words));
            }
        }
        int shingles = Math.max(0, words - SHINGLE_WORDS + 1);
        if (shingles == 0) {
            sketch = new int[0];
        }
        String hash = words == 0 ? "" : HEX.toHexDigits(content1) + HEX.toHexDigits(content2);
        return new Result(sketch, shingles, hash);
    }

    /** Share of equal positions: the estimated Jaccard similarity of the shingle sets. */
    static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            return 0;
        }
        int different = 0;
        for (int i = 0; i < SIZE; i++) {
            int x = a[i] ^ b[i];
            different += (x | -x) >>> 31; // 1 when x != 0: no branch to mispredict
        }
        return (SIZE - different) / (double) SIZE;
    }

    /**
     * The number of equal positions of two sketches when it is at least {@code needed}; some
     * smaller number as soon as so many positions differ that {@code needed} is out of reach.
     */
    static int equalPositions(int[] a, int[] b, int needed) {
        int allowed = SIZE - needed;
        int different = 0;
        for (int block = 0; block < SIZE; block += 16) {
            for (int i = block; i < block + 16; i++) {
                int x = a[i] ^ b[i];
                different += (x | -x) >>> 31; // 1 when x != 0: no branch to mispredict
            }
            if (different > allowed) {
                return -1;
            }
        }
        return SIZE - different;
    }

    /** Longs in a {@link #byteSketch}: one byte per sketch position. */
    static final int BYTE_SKETCH_LONGS = SIZE / Long.BYTES;

    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Writes the low byte of every position of a sketch, eight to a long, at {@code offset}: where
     * two sketches differ in that byte they differ, so counting differing bytes gives a cheap lower
     * bound on the differing positions.
     */
    static void byteSketch(int[] sketch, long[] into, int offset) {
        for (int w = 0; w < BYTE_SKETCH_LONGS; w++) {
            long packed = 0;
            for (int k = 0; k < Long.BYTES; k++) {
                packed |= (long) (sketch[w * Long.BYTES + k] & 0xFF) << (8 * k);
            }
            into[offset + w] = packed;
        }
    }

    /**
     * Whether more than {@code allowed} bytes differ between the byte sketches at {@code a} and
     * {@code b}; if so, more than {@code allowed} positions of the sketches differ too.
     */
    static boolean moreBytesDiffer(long[] bytes, int a, int b, int allowed) {
        int different = 0;
        for (int w = 0; w < BYTE_SKETCH_LONGS; w += 4) {
            for (int k = w; k < w + 4; k++) {
                long x = bytes[a + k] ^ bytes[b + k];
                // The high bit of each byte of y is set when that byte of x is not zero.
                long y = ((x & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | x;
                different += Long.bitCount(y & HIGH_BITS);
            }
            if (different > allowed) {
                return true;
            }
        }
        return false;
    }

    /** The shingle ending at word {@code words - 1}, in word order. */
    private static long shingleHash(long[] window, int words) {
        long h = 0;
        for (int k = 0; k < SHINGLE_WORDS; k++) {
            h = h * 0x9E3779B97F4A7C15L + window[(words + k) % SHINGLE_WORDS];
        }
        return mix(h);
    }

    private static void addShingle(int[] sketch, long shingle) {
        for (int i = 0; i < SIZE; i++) { // Math.min, not a branch: a new minimum is rare and unpredictable
            sketch[i] = Math.min(sketch[i], (int) ((shingle * MULTIPLIERS[i] + ADDENDS[i]) >>> 32));
        }
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole word. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85EC3L;
        h ^= h >>> 33;
        return h;
    }
}
