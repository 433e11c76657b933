package org.corpusqa.check;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads what {@link CacheOutput} wrote; a damaged file shows as an {@link IOException}. */
final class CacheInput implements AutoCloseable {
    /** Longer strings mean a damaged file, not a document: refuse them rather than allocate. */
    private static final int MAX_STRING_BYTES = 1 << 26;

    private final DataInputStream in;
    private final List<String> table = new ArrayList<>();

    CacheInput(InputStream in) {
        this.in = new DataInputStream(in);
    }

    int readInt() throws IOException {
        return in.readInt();
    }

    boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    String readShared() throws IOException {
        int number = in.readInt();
        if (number == -1) {
            String value = readString();
            table.add(value);
            return value;
        }
        if (number < 0 || number >= table.size()) {
            throw new IOException("bad string number " + number + " in the cache file");
        }
        return table.get(number);
    }

    String readString() throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("bad string length " + length + " in the cache file");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Reads {@code count} ints at once. */
    int[] readInts(int count) throws IOException {
        if (count < 0 || count > MAX_STRING_BYTES / Integer.BYTES) {
            throw new IOException("bad count " + count + " in the cache file");
        }
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
