package org.corpusqa.check;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The cache file's writer: ints, and strings that are written once and then referred to by
 * number. Rule ids, categories, hints and many messages repeat across thousands of findings, so
 * the table makes the file smaller and its reading faster, and the strings read back are shared.
 * Strings have an int length, so a long covered text does not hit {@code writeUTF}'s 64 KB limit.
 */
final class CacheOutput implements AutoCloseable {
    private final DataOutputStream out;
    private final Map<String, Integer> table = new HashMap<>();

    CacheOutput(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void writeInt(int value) throws IOException {
        out.writeInt(value);
    }

    void writeBoolean(boolean value) throws IOException {
        out.writeBoolean(value);
    }

    /** A string that is likely to repeat: its number when it was written before. */
    void writeShared(String value) throws IOException {
        Integer known = table.putIfAbsent(value, table.size());
        if (known != null) {
            out.writeInt(known);
            return;
        }
        out.writeInt(-1);
        writeString(value);
    }

    /** A string that is not worth a table entry (hashes, paths written once). */
    void writeString(String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
