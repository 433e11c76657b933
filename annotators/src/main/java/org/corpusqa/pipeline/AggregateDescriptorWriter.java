package org.corpusqa.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.uima.resource.ResourceInitializationException;
import org.corpusqa.check.CheckRequest;
import org.xml.sax.SAXException;

/**
 * Writes the corpusqa aggregate as an XML descriptor at build time, so that tools that work from
 * descriptors (UIMA's Document Analyzer, the CAS Visual Debugger, Eclipse) can run the whole
 * pipeline. The registry binding points at {@code corpusqa:none} (only states resolve); edit its
 * {@code fileUrl} to a registry file to resolve persons and organisations.
 */
public final class AggregateDescriptorWriter {
    private AggregateDescriptorWriter() {}

    public static void main(String[] args) throws IOException, ResourceInitializationException, SAXException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AggregateDescriptorWriter <output.xml>");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            CorpusQaPipeline.create(CheckRequest.builder().build()).toXML(out);
        }
    }
}
