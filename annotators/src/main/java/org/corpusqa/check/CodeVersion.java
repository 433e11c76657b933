package org.corpusqa.check;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Identifies the running corpusqa build for cache keys: the release version from the jar
 * manifest, and for snapshots and unpacked classes also the time the code was built, so that a
 * rebuilt snapshot never reuses results of the old code.
 */
final class CodeVersion {
    private static final String VERSION = compute();

    private CodeVersion() {}

    static String get() {
        return VERSION;
    }

    private static String compute() {
        String version = CodeVersion.class.getPackage().getImplementationVersion();
        if (version != null && !version.endsWith("-SNAPSHOT")) {
            return version;
        }
        CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
        long stamp = 0;
        try {
            if (source != null) {
                stamp = Files.getLastModifiedTime(Path.of(source.getLocation().toURI()))
                        .toMillis();
            }
        } catch (URISyntaxException | java.io.IOException | IllegalArgumentException e) {
            stamp = System.nanoTime();
        }
        return (version == null ? "dev" : version) + "@" + stamp;
    }
}
