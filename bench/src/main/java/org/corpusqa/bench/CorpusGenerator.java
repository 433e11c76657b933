package org.corpusqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Makes a large synthetic corpus from a few real documents: each generated document takes one
 * seed, shuffles its paragraphs, changes every digit and swaps names from a pool, so that no two
 * documents are the same text and neither caches nor deduplication can make the bench look
 * faster than a real corpus would be.
 */
public final class CorpusGenerator {
    private static final List<String> NAMES = List.of(
            "Moscow", "Ankara", "Paris", "Berlin", "Nairobi", "Lima", "Hanoi", "Oslo", "Cairo", "Kyiv", "Jakarta",
            "Dakar", "Quito", "Seoul", "Tunis", "Lagos", "Madrid", "Manila", "Riga", "Doha");

    private CorpusGenerator() {}

    /** Writes {@code count} documents into {@code target}, returning the total size in bytes. */
    public static long generate(List<String> seeds, int count, long randomSeed, Path target) throws IOException {
        Files.createDirectories(target);
        Random random = new Random(randomSeed);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            String text = vary(seeds.get(i % seeds.size()), random);
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            Path dir = target.resolve(String.format("d%03d", i / 1000));
            Files.createDirectories(dir);
            Files.write(dir.resolve(String.format("doc%06d.txt", i)), encoded);
            bytes += encoded.length;
        }
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
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '1' && chars[i] <= '9') {
                chars[i] = (char) ('1' + random.nextInt(9));
            }
        }
        return new String(chars);
    }
}
