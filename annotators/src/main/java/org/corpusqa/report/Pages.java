package org.corpusqa.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The frame every review page shares. Style and script are inlined from the class path so each
 * page opens on its own from disk, offline, with no CDN. Both are kept free of {@code <} and
 * {@code &}, so pages are also well-formed XML, and their lines are joined when loaded (every
 * script line ends a statement or a block) because they are repeated in every page.
 */
final class Pages {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private Pages() {}

    static void head(String title, StringBuilder out) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
        Html.escape(title, out).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n");
    }

    static void tail(boolean script, StringBuilder out) {
        if (script) {
            out.append("<script>\n").append(JS).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
    }

    private static String resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/corpusqa/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .collect(Collectors.joining("", "", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
