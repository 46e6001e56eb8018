package org.studyguide.render;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One finished page as the {@link PageCache} keeps it: the page as published, its article for the
 * print page, if any, and what the check stage read of it. Stored compressed (Deflate at its
 * fastest level, about a fifth of the size), so that a large guide's pages fit the cache's size
 * limit beside its PDFs. Decoding trusts nothing: anything but a sound entry gives nothing.
 *
 * @param bytes   the page as published
 * @param article a chapter page's article, for the print page
 * @param read    what the check stage read of the page (see {@link PageReader#read})
 */
record PageEntry(byte[] bytes, Optional<String> article, byte[] read) {
    private static final int FORMAT = 1;
    /** Deflate never shrinks data more than about 1,032 to 1, so a larger stated size is damage. */
    private static final int MAX_RATIO = 1032;

    /** The entry as stored: its size before compression, then the compressed fields. */
    byte[] encode() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream(bytes.length + read.length + 64);
        try (DataOutputStream out = new DataOutputStream(plain)) {
            out.writeInt(FORMAT);
            writeBytes(out, bytes);
            out.writeBoolean(article.isPresent());
            writeBytes(out, article.orElse("").getBytes(StandardCharsets.UTF_8));
            writeBytes(out, read);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        byte[] compressed = Zlib.deflate(plain.toByteArray(), Deflater.BEST_SPEED);
        return ByteBuffer.allocate(Integer.BYTES + compressed.length).putInt(plain.size()).put(compressed).array();
    }

    /** The entry {@code stored} holds, or empty when it is not a sound entry of this format. */
    static Optional<PageEntry> decode(byte[] stored) {
        try {
            ByteBuffer in = ByteBuffer.wrap(inflate(stored));
            if (in.getInt() != FORMAT) {
                return Optional.empty();
            }
            byte[] bytes = readBytes(in);
            boolean hasArticle = in.get() == 1;
            String article = new String(readBytes(in), StandardCharsets.UTF_8);
            byte[] read = readBytes(in);
            if (in.hasRemaining()) {
                return Optional.empty();
            }
            return Optional.of(new PageEntry(bytes, hasArticle ? Optional.of(article) : Optional.empty(), read));
        } catch (DataFormatException | BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] inflate(byte[] stored) throws DataFormatException {
        ByteBuffer header = ByteBuffer.wrap(stored);
        int size = header.getInt();
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

    private static void writeBytes(DataOutputStream out, byte[] field) throws IOException {
        out.writeInt(field.length);
        out.write(field);
    }

    private static byte[] readBytes(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("a field longer than what is left");
        }
        byte[] field = Arrays.copyOfRange(in.array(), in.position(), in.position() + length);
        in.position(in.position() + length);
        return field;
    }
}
