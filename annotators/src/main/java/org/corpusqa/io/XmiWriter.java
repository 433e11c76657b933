package org.corpusqa.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.SerialFormat;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.util.CasIOUtils;

/**
 * Writes a CAS as XMI in one pass into a byte buffer, in the form UIMA's own XMI serialiser
 * produces and its deserialiser, the CAS Editor and INCEpTION read: a {@code cas:NULL} element,
 * one element per feature structure named by its type's namespace and short name, features as
 * attributes (FS references as {@code xmi:id}s), then the {@code cas:Sofa} and the {@code cas:View}
 * listing the indexed members.
 *
 * <p>Why not UIMA's {@code XmiCasSerializer}: it drives a SAX handler, the JDK's XML serialiser and
 * a character-checking wrapper, and looks up types and namespaces per element; that made XMI
 * writing the largest stage of a check after the annotators. Here the markup of each type is
 * prepared once per type system and values are escaped straight into UTF-8.
 *
 * <p>It covers what corpusqa's pipelines produce: one view, features of primitive, string and FS
 * types. A CAS with several views, or with arrays or lists anywhere, is handed to UIMA's serialiser
 * unchanged, so the writer is correct for any CAS and fast for ours. Not thread-safe: one per
 * worker.
 */
public final class XmiWriter {
    private static final String XMI_NS = "http://www.omg.org/XMI";
    private static final byte[] PROLOG = Utf8XmlBuffer.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xmi:XMI");
    private static final byte[] ROOT_END = Utf8XmlBuffer.ascii(" xmi:version=\"2.0\"><cas:NULL xmi:id=\"0\"/>");
    private static final byte[] ID = Utf8XmlBuffer.ascii(" xmi:id=\"");
    private static final byte[] END_EMPTY = Utf8XmlBuffer.ascii("/>");
    private static final byte[] VIEW = Utf8XmlBuffer.ascii("<cas:View sofa=\"");
    private static final byte[] MEMBERS = Utf8XmlBuffer.ascii("\" members=\"");
    private static final byte[] DOCUMENT_END = Utf8XmlBuffer.ascii("</xmi:XMI>");

    private final Utf8XmlBuffer xml = new Utf8XmlBuffer();
    /** The FSs to write: the indexed members first, then the Sofa, then FSs only reached by reference. */
    private final List<TOP> queue = new ArrayList<>();

    private final BitSet queued = new BitSet();
    private final Map<Type, TypeMarkup> markup = new HashMap<>();
    private TypeSystem typeSystem;
    private byte[] namespaces;

    /**
     * Writes {@code cas} as XMI to {@code out}.
     *
     * @throws IOException when {@code out} fails, or a string holds a character XML 1.0 cannot carry
     *     (nothing is written to {@code out} then)
     */
    public void write(CAS cas, OutputStream out) throws IOException {
        if (!fill(cas)) {
            CasIOUtils.save(cas, out, SerialFormat.XMI);
            return;
        }
        xml.writeTo(out);
    }

    /**
     * The XMI of {@code cas} as bytes, for a caller that writes them elsewhere (another thread).
     *
     * @throws IOException when a string holds a character XML 1.0 cannot carry
     */
    public byte[] toByteArray(CAS cas) throws IOException {
        if (fill(cas)) {
            return xml.toByteArray();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);
        CasIOUtils.save(cas, out, SerialFormat.XMI);
        return out.toByteArray();
    }

    /** Fills the buffer with the XMI of {@code cas}; false when it holds what only UIMA's serialiser writes. */
    private boolean fill(CAS cas) throws IOException {
        TOP sofa = (TOP) cas.getSofa();
        if (sofa == null || hasSeveralViews(cas)) {
            return false;
        }
        prepare(cas.getTypeSystem());
        xml.reset();
        queue.clear();
        queued.clear();
        for (TOP fs : cas.getIndexRepository().<TOP>getIndexedFSs()) {
            enqueue(fs);
        }
        int members = queue.size();
        enqueue(sofa);
        xml.append(PROLOG);
        xml.append(namespaces);
        xml.append(ROOT_END);
        for (int i = 0; i < queue.size(); i++) { // grows while FSs reached by reference are queued
            if (!writeElement(queue.get(i))) {
                return false;
            }
        }
        writeView(sofa, members);
        xml.append(DOCUMENT_END);
        return true;
    }

    private static boolean hasSeveralViews(CAS cas) {
        Iterator<CAS> views = cas.getViewIterator();
        views.next();
        return views.hasNext();
    }

    private void enqueue(TOP fs) {
        if (!queued.get(fs._id())) {
            queued.set(fs._id());
            queue.add(fs);
        }
    }

    private boolean writeElement(TOP fs) throws IOException {
        TypeMarkup type = markup.get(fs.getType());
        if (type == null || !type.supported()) {
            return false;
        }
        xml.append(type.start());
        xml.append(ID);
        xml.appendInt(fs._id());
        xml.appendAscii('"');
        for (FeatureMarkup feature : type.features()) {
            writeFeature(fs, feature);
        }
        xml.append(END_EMPTY);
        return true;
    }

    private void writeFeature(TOP fs, FeatureMarkup f) throws IOException {
        Feature feature = f.feature();
        String value =
                switch (f.kind()) {
                    case INT -> Integer.toString(fs.getIntValue(feature));
                    case BOOLEAN -> Boolean.toString(fs.getBooleanValue(feature));
                    case BYTE -> Byte.toString(fs.getByteValue(feature));
                    case SHORT -> Short.toString(fs.getShortValue(feature));
                    case LONG -> Long.toString(fs.getLongValue(feature));
                    case FLOAT -> Float.toString(fs.getFloatValue(feature));
                    case DOUBLE -> Double.toString(fs.getDoubleValue(feature));
                    case STRING -> fs.getStringValue(feature);
                    case REFERENCE -> reference(fs.getFeatureValue(feature));
                };
        if (value == null) {
            return;
        }
        xml.append(f.attributeStart());
        if (f.kind() == FeatureKind.STRING) {
            int bad = xml.appendEscaped(value);
            if (bad >= 0) {
                throw new IOException(String.format(
                        "character U+%04X at offset %d of %s.%s cannot be written in XML 1.0",
                        (int) value.charAt(bad), bad, fs.getType().getShortName(), feature.getShortName()));
            }
        } else {
            xml.appendAscii(value);
        }
        xml.appendAscii('"');
    }

    /** The id of a referenced FS, which is queued to be written if it was not; null for no FS. */
    private String reference(TOP target) {
        if (target == null) {
            return null;
        }
        enqueue(target);
        return Integer.toString(target._id());
    }

    /** The view element: the Sofa and the ids of the first {@code members} queued FSs, the indexed ones. */
    private void writeView(TOP sofa, int members) {
        xml.append(VIEW);
        xml.appendInt(sofa._id());
        xml.append(MEMBERS);
        for (int i = 0; i < members; i++) {
            if (i > 0) {
                xml.appendAscii(' ');
            }
            xml.appendInt(queue.get(i)._id());
        }
        xml.appendAscii('"');
        xml.append(END_EMPTY);
    }

    /** Prepares the markup of every type once per type system: the CAS of a worker keeps its type system. */
    private void prepare(TypeSystem ts) {
        if (ts == typeSystem) {
            return;
        }
        typeSystem = ts;
        markup.clear();
        Map<String, String> prefixes = new LinkedHashMap<>();
        StringBuilder declarations = new StringBuilder(" xmlns:xmi=\"" + XMI_NS + "\"");
        for (Iterator<Type> types = ts.getTypeIterator(); types.hasNext(); ) {
            Type type = types.next();
            String uri = namespaceUri(type.getName());
            String prefix = prefixes.get(uri);
            if (prefix == null) {
                prefix = uniquePrefix(uri, prefixes);
                prefixes.put(uri, prefix);
                declarations
                        .append(" xmlns:")
                        .append(prefix)
                        .append("=\"")
                        .append(uri)
                        .append('"');
            }
            markup.put(type, TypeMarkup.of(ts, type, prefix));
        }
        namespaces = Utf8XmlBuffer.ascii(declarations.toString());
    }

    /** UIMA's mapping of a type's package to an XMI namespace: {@code a.b.C} is in {@code http:///a/b.ecore}. */
    static String namespaceUri(String typeName) {
        int dot = typeName.lastIndexOf('.');
        String pkg = dot < 0 ? "uima.noNamespace" : typeName.substring(0, dot);
        return "http:///" + pkg.replace('.', '/') + ".ecore";
    }

    /** The last package segment, numbered when two packages end alike, as UIMA does. */
    private static String uniquePrefix(String uri, Map<String, String> taken) {
        String path = uri.substring("http:///".length(), uri.length() - ".ecore".length());
        String base = path.substring(path.lastIndexOf('/') + 1);
        String prefix = base;
        for (int n = 2; taken.containsValue(prefix) || prefix.equals("xmi"); n++) {
            prefix = base + n;
        }
        return prefix;
    }

    /** How a feature's value is written. */
    enum FeatureKind {
        INT,
        BOOLEAN,
        BYTE,
        SHORT,
        LONG,
        FLOAT,
        DOUBLE,
        STRING,
        REFERENCE
    }

    /** A feature with its prepared {@code ␣name="} bytes. */
    record FeatureMarkup(Feature feature, FeatureKind kind, byte[] attributeStart) {}

    /**
     * A type's prepared {@code <prefix:Name} bytes and features; {@code supported} is false for
     * arrays, lists and types with such features, which go to UIMA's serialiser.
     */
    record TypeMarkup(byte[] start, List<FeatureMarkup> features, boolean supported) {
        static TypeMarkup of(TypeSystem ts, Type type, String prefix) {
            byte[] start = Utf8XmlBuffer.ascii("<" + prefix + ":" + type.getShortName());
            boolean supported = !isArrayOrList(ts, type);
            List<FeatureMarkup> features = new ArrayList<>();
            for (Feature feature : type.getFeatures()) {
                FeatureKind kind = kindOf(ts, feature.getRange());
                supported &= kind != null;
                features.add(
                        new FeatureMarkup(feature, kind, Utf8XmlBuffer.ascii(" " + feature.getShortName() + "=\"")));
            }
            return new TypeMarkup(start, List.copyOf(features), supported);
        }

        private static FeatureKind kindOf(TypeSystem ts, Type range) {
            if (isArrayOrList(ts, range)) {
                return null;
            }
            return switch (range.getName()) {
                case CAS.TYPE_NAME_INTEGER -> FeatureKind.INT;
                case CAS.TYPE_NAME_BOOLEAN -> FeatureKind.BOOLEAN;
                case CAS.TYPE_NAME_BYTE -> FeatureKind.BYTE;
                case CAS.TYPE_NAME_SHORT -> FeatureKind.SHORT;
                case CAS.TYPE_NAME_LONG -> FeatureKind.LONG;
                case CAS.TYPE_NAME_FLOAT -> FeatureKind.FLOAT;
                case CAS.TYPE_NAME_DOUBLE -> FeatureKind.DOUBLE;
                default -> range.isStringOrStringSubtype() ? FeatureKind.STRING : FeatureKind.REFERENCE;
            };
        }

        private static boolean isArrayOrList(TypeSystem ts, Type type) {
            Type listBase = ts.getType(CAS.TYPE_NAME_LIST_BASE);
            return type.isArray() || (listBase != null && ts.subsumes(listBase, type));
        }
    }
}
