package org.studyguide.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Compresses bytes in the zlib format (Deflate with a header and a checksum), as browsers and Java both read it. */
final class Zlib {
    /** Deflate never shrinks data more than about 1,032 to 1, so a larger stated size is damage. */
    private static final int MAX_RATIO = 1032;

    private Zlib() {
    }

    /** {@code bytes} compressed at {@code level}, one of {@link Deflater}'s levels. */
    static byte[] deflate(byte[] bytes, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * A cache entry's value compressed at {@code level}, after its size before compression, so that
     * {@link #inflateSized} can refuse any other size.
     */
    static byte[] deflateSized(byte[] plain, int level) {
        byte[] compressed = deflate(plain, level);
        return ByteBuffer.allocate(Integer.BYTES + compressed.length).putInt(plain.length).put(compressed).array();
    }

    /**
     * The bytes {@link #deflateSized} compressed into {@code stored}; trusts nothing: a stated size
     * that is not the size inflated, a stream cut short or followed by more, damaged compressed bytes
     * (zlib's checksum) all throw.
     */
    static byte[] inflateSized(byte[] stored) throws DataFormatException {
        if (stored.length < Integer.BYTES) {
            throw new DataFormatException("no stated size");
        }
        int size = ByteBuffer.wrap(stored).getInt();
        if (size < 0 || size / MAX_RATIO > stored.length) {
            throw new DataFormatException("a stated size the compressed bytes cannot hold");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored, Integer.BYTES, stored.length - Integer.BYTES);
            byte[] plain = new byte[size];
            int length = 0;
            while (length < size && !inflater.finished()) {
                int n = inflater.inflate(plain, length, size - length);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                length += n;
            }
            if (length != size || !inflater.finished() || inflater.getRemaining() != 0) {
                throw new DataFormatException("not the stated size, or more after the end");
            }
            return plain;
        } finally {
            inflater.end();
        }
    }
}
