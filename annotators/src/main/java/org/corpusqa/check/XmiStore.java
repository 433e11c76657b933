package org.corpusqa.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.corpusqa.io.AtomicFiles;
import org.corpusqa.io.XmiWriter;
import org.xml.sax.SAXException;

/**
 * Writes one XMI file per document under {@code <output>/xmi/<relative path>.xmi}, plus
 * {@code TypeSystem.xml} beside them: the layout the UIMA CAS Editor opens as is.
 *
 * <p>The XMI is written by {@link XmiWriter} in UIMA's plain XMI form, the whole document on one
 * line, not pretty-printed with one element per line: the CAS Editor, INCEpTION and {@code
 * evaluate} read both the same, and pretty printing cost a third more time. Reviewers look at XMI
 * in those tools, not in diffs.
 *
 * <p>Every file is written with {@link AtomicFiles}, so a crash or a killed build never leaves a
 * half-written XMI that a reviewer would open as if it were whole.
 */
final class XmiStore {
    static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";

    private final Path directory;

    XmiStore(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path xmiFile(String relativePath) {
        return directory.resolve(relativePath + ".xmi");
    }

    void writeTypeSystem(TypeSystemDescription typeSystem) throws IOException {
        Files.createDirectories(directory);
        AtomicFiles.write(directory.resolve(TYPE_SYSTEM_FILE), out -> {
            try {
                typeSystem.toXML(out);
            } catch (SAXException e) {
                throw new IOException("cannot write the type system", e);
            }
        });
    }

    /** Writes the XMI of a document with the calling worker's own {@code writer}. */
    void write(CAS cas, String relativePath, XmiWriter writer) throws IOException {
        AtomicFiles.write(xmiFile(relativePath), out -> writer.write(cas, out));
    }

    /** Removes an earlier XMI of a document that can no longer be read, so none is left behind. */
    void delete(String relativePath) throws IOException {
        Files.deleteIfExists(xmiFile(relativePath));
    }
}
