package org.corpusqa.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasIOUtils;
import org.corpusqa.io.AtomicFiles;
import org.xml.sax.SAXException;

/**
 * Writes one XMI file per document under {@code <output>/xmi/<relative path>.xmi}, plus
 * {@code TypeSystem.xml} beside them: the layout the UIMA CAS Editor opens as is.
 *
 * <p>The XMI is UIMA's plain {@link SerialFormat#XMI}, the whole document on one line, not
 * {@link SerialFormat#XMI_PRETTY} with one element per line: the CAS Editor, INCEpTION and
 * {@code evaluate} read both the same, and pretty printing cost a third more time in the largest
 * stage of a check after the annotators. Reviewers look at XMI in those tools, not in diffs.
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

    /**
     * Writes the XMI of a document; {@code buffer} is the caller's to reuse, so that the file gets
     * its bytes in one write rather than in the serialiser's small chunks.
     */
    void write(CAS cas, String relativePath, ByteArrayOutputStream buffer) throws IOException {
        buffer.reset();
        CasIOUtils.save(cas, buffer, SerialFormat.XMI);
        AtomicFiles.write(xmiFile(relativePath), buffer::writeTo);
    }

    /** Removes an earlier XMI of a document that can no longer be read, so none is left behind. */
    void delete(String relativePath) throws IOException {
        Files.deleteIfExists(xmiFile(relativePath));
    }
}
