package org.corpusqa.rules;

import java.util.HexFormat;
import org.corpusqa.text.CharClass;
import org.corpusqa.text.TextFolding;

/**
 * Word-shingle MinHash sketches: {@value #SIZE} minima of {@value #SHINGLE_WORDS}-word shingles,
 * so that the share of equal positions in two sketches estimates the Jaccard similarity of the
 * two documents' shingle sets (standard error about 0.035 at 0.8).
 *
 * <p>Words are runs of letters and digits, folded (case, diacritics), so layout, punctuation and
 * apostrophe style do not count. One pass over the text with no allocation per word: each word is
 * hashed char by char (FNV-1a) and a shingle hash combines the last five word hashes.
 *
 * <p>The sketch is a one-permutation MinHash with optimal densification (Li, Owen and Zhang,
 * NIPS 2012; Shrivastava, ICML 2017): the top bits of a shingle's hash pick one of the {@value
 * #SIZE} positions and the low bits compete for that position's minimum, so a shingle costs one
 * hash and one comparison rather than {@value #SIZE} hashes (which had made sketching half of the
 * text rules' time). A position no shingle fell into borrows the value of a filled position,
 * chosen by a fixed pseudo-random probe sequence of that position, so two documents with the
 * same shingles borrow alike and the estimate keeps the variance of classic MinHash.
 */
final class MinHash {
    static final int SIZE = 128;
    static final int SHINGLE_WORDS = 5;

    private static final HexFormat HEX = HexFormat.of();
    /** Bits of a shingle hash that pick its position: {@code 1 << POSITION_BITS == SIZE}. */
    private static final int POSITION_BITS = 7;
    /** Seed of the probe sequences by which empty positions borrow. */
    private static final long PROBE_SEED = 0x5EED_C0FFEEL;
    /** Probes after which an empty position stops looking at random (with 1 of 128 filled, p = 2e-9). */
    private static final int MAX_PROBES = 2_600;

    private MinHash() {}

    /** Sketch, shingle count and content hash of a text span. */
    record Result(int[] sketch, int shingles, String contentHash) {}

    static Result of(char[] text, int begin, int end) {
        int[] sketch = new int[SIZE];
        java.util.Arrays.fill(sketch, Integer.MAX_VALUE);
        long[] filled = new long[SIZE / Long.SIZE]; // a bit for each position some shingle fell into
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
                long shingle = shingleHash(window, words);
                int position = (int) (shingle >>> (Long.SIZE - POSITION_BITS));
                sketch[position] = Math.min(sketch[position], (int) shingle);
                filled[position >>> 6] |= 1L << position;
            }
        }
        int shingles = Math.max(0, words - SHINGLE_WORDS + 1);
        if (shingles == 0) {
            sketch = new int[0];
        } else if ((filled[0] & filled[1]) != -1L) {
            densify(sketch, filled);
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

    /**
     * Fills every position no shingle fell into with the value of a filled one: the first filled
     * position on the empty position's own probe sequence, which depends on nothing but the
     * position, so that documents with equal shingle sets fill their sketches equally.
     */
    private static void densify(int[] sketch, long[] filled) {
        for (int position = 0; position < SIZE; position++) {
            if (isFilled(position, filled)) {
                continue;
            }
            long probe = PROBE_SEED + position;
            int source;
            int attempts = 0;
            do {
                probe = mix(probe + 0x9E3779B97F4A7C15L);
                source = (int) (probe >>> (Long.SIZE - POSITION_BITS));
                if (++attempts > MAX_PROBES) { // a sequence that cycles: take the next filled position
                    source = position;
                    while (!isFilled(source, filled)) {
                        source = (source + 1) % SIZE;
                    }
                }
            } while (!isFilled(source, filled));
            sketch[position] = sketch[source]; // a filled position: never changed here
        }
    }

    private static boolean isFilled(int position, long[] filled) {
        return (filled[position >>> 6] & 1L << position) != 0;
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
