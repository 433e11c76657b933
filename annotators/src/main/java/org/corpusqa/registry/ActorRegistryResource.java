package org.corpusqa.registry;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.uima.resource.DataResource;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.SharedResourceObject;

/**
 * The actor registry as a UIMA shared resource, so that every annotator of every worker sees the
 * same parsed registry. Bind it with a {@code file:} URL; an empty URL (or the special name
 * {@value #NONE}) stands for an empty registry in which only states resolve.
 *
 * <p>Parsed registries are cached per JVM by path, size and modification time: a corpus check
 * creates one engine per worker thread, and each would otherwise parse the YAML again.
 */
public final class ActorRegistryResource implements SharedResourceObject {
    /** URL that means "no registry file". */
    public static final String NONE = "corpusqa:none";

    private static final ConcurrentHashMap<String, ActorRegistry> CACHE = new ConcurrentHashMap<>();

    private ActorRegistry registry = ActorRegistry.empty();

    @Override
    public void load(DataResource data) throws ResourceInitializationException {
        if (data.getUrl() == null || data.getUrl().toString().equals(NONE)) {
            return;
        }
        try {
            Path file = Path.of(data.getUrl().toURI());
            String key = file.toAbsolutePath() + "|" + file.toFile().length() + "|"
                    + file.toFile().lastModified();
            registry = CACHE.computeIfAbsent(key, k -> loadUnchecked(file));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ResourceInitializationException(e);
        } catch (IllegalStateException e) {
            throw new ResourceInitializationException(e.getCause());
        }
    }

    /** The registry; never null. */
    public ActorRegistry registry() {
        return registry;
    }

    private static ActorRegistry loadUnchecked(Path file) {
        try {
            return RegistryLoader.load(file);
        } catch (RegistryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
