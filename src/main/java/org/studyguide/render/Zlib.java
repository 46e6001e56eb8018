package org.studyguide.render;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/** Compresses bytes in the zlib format (Deflate with a header and a checksum), as browsers and Java both read it. */
final class Zlib {
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
}
