package org.corpusqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corpusqa.corpus.CorpusMetadata;

/**
 * Makes a large synthetic corpus from a few real documents: each generated document takes one
 * seed, shuffles its paragraphs, changes every digit and swaps names from a pool, so that no two
 * documents are the same text and neither caches nor deduplication can make the bench look
 * faster than a real corpus would be.
 *
 * <p>Dates stay real: a date line keeps its digits and each document gets its seed's metadata
 * date in the generated {@code corpus-metadata.tsv}, so titles resolve to the office holders of
 * that day as they do in the seeds, rather than to nobody in the year 6030.
 */
public final class CorpusGenerator {
    private static final List<String> NAMES = List.of(
            "Moscow", "Ankara", "Paris", "Berlin", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo", "Kyiv", "Jakarta",
            "Dakar", "Quito", "Seoul", "Tunis", "Lagos", "Madrid", "Manila", "Riga", "Doha");

    private CorpusGenerator() {}

    /** A seed document and its metadata date (empty when it has none). */
    public record Seed(String text, String date) {}

    /**
     * Writes {@code count} documents and their {@code corpus-metadata.tsv} into {@code target},
     * returning the total size of the documents in bytes.
     */
    public static long generate(List<Seed> seeds, int count, long randomSeed, Path target) throws IOException {
        Files.createDirectories(target);
        Random random = new Random(randomSeed);
        StringBuilder metadata = new StringBuilder("document\tdate\n");
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Seed seed = seeds.get(i % seeds.size());
            byte[] encoded = vary(seed.text(), random).getBytes(StandardCharsets.UTF_8);
            String document = String.format("d%03d/doc%06d.txt", i / 1000, i);
            Files.createDirectories(target.resolve(document).getParent());
            Files.write(target.resolve(document), encoded);
            bytes += encoded.length;
            if (!seed.date().isEmpty()) {
                metadata.append(document).append('\t').append(seed.date()).append('\n');
            }
        }
        Files.writeString(target.resolve(CorpusMetadata.DEFAULT_FILE_NAME), metadata);
        return bytes;
    }

    static String vary(String seed, Random random) {
        String[] paragraphs = seed.split("\n\n");
        List<String> body = new ArrayList<>(List.of(paragraphs).subList(1, paragraphs.length));
        Collections.shuffle(body, random);
        StringBuilder out = new StringBuilder(seed.length() + 16);
        out.append(paragraphs[0]);
        for (String paragraph : body) {
            out.append("\n\n").append(paragraph);
        }
        String text = out.toString();
        for (String name : List.of("Moscow", "Ankara", "Damascus")) {
            text = text.replace(name, NAMES.get(random.nextInt(NAMES.size())));
        }
        char[] chars = text.toCharArray();
        for (int i = dateLineEnd(text); i < chars.length; i++) {
            if (chars[i] >= '1' && chars[i] <= '9') {
                chars[i] = (char) ('1' + random.nextInt(9));
            }
        }
        return new String(chars);
    }

    /** Where the date of a leading {@code date YYYY-MM[-DD]} line ends, or 0 when there is none. */
    private static int dateLineEnd(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        start += text.length() > start && text.charAt(start) == ' ' ? 1 : 0;
        if (!text.startsWith("date ", start)) {
            return 0;
        }
        int end = start + "date ".length();
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return end;
    }
}
