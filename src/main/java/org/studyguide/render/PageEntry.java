package org.studyguide.render;

import java.nio.BufferUnderflowException;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.studyguide.cache.EntryBytes;

/**
 * One finished page as the {@link PageCache} keeps it: the page as published, its article for the
 * print page, if any, and what the check stage read of it. Stored compressed (Deflate at its
 * fastest level, about a fifth of the size), so that a large guide's pages fit the cache's size
 * limit beside its PDFs. Decoding trusts nothing: anything but a sound entry gives nothing.
 *
 * @param bytes   the page as published
 * @param article a chapter page's article, for the print page (as {@link PrintArticle#encoded} wrote it)
 * @param read    what the check stage read of the page (see {@link PageReader#read})
 */
record PageEntry(byte[] bytes, Optional<byte[]> article, byte[] read) {
    private static final int FORMAT = 3;

    /** The entry as stored: its size before compression, then the compressed fields. */
    byte[] encode() {
        byte[] plain = new EntryBytes.Writer().putInt(FORMAT).putBytes(bytes).putBoolean(article.isPresent())
                .putBytes(article.orElse(new byte[0])).putBytes(read).toByteArray();
        return Zlib.deflateSized(plain, Deflater.BEST_SPEED);
    }

    /** The entry {@code stored} holds, or empty when it is not a sound entry of this format. */
    static Optional<PageEntry> decode(byte[] stored) {
        try {
            EntryBytes.Reader in = new EntryBytes.Reader(Zlib.inflateSized(stored));
            if (in.getInt(Integer.MAX_VALUE) != FORMAT) {
                return Optional.empty();
            }
            byte[] bytes = in.getBytes();
            boolean hasArticle = in.getBoolean();
            byte[] article = in.getBytes();
            byte[] read = in.getBytes();
            in.end();
            return Optional.of(new PageEntry(bytes, hasArticle ? Optional.of(article) : Optional.empty(), read));
        } catch (DataFormatException | BufferUnderflowException | EntryBytes.Malformed e) {
            return Optional.empty();
        }
    }
}
