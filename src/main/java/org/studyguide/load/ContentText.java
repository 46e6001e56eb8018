package org.studyguide.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.studyguide.diag.Diagnostics;
import org.studyguide.model.Position;

/**
 * A content file's bytes as text, refused with the exact line and column when they are not what
 * an author writes: bytes that are not UTF-8, or a NUL character (the mark of a binary file, which
 * the parsers would otherwise read as garbage).
 */
final class ContentText {
    /** The largest content file read, in bytes: far above any real chapter or list, far below trouble. */
    static final long MAX_BYTES = 1024 * 1024;

    private ContentText() {
    }

    /** The text of {@code bytes} without a byte-order mark, or empty after reporting why not. */
    static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
        // The String constructor is the JDK's fastest decoder, but it replaces malformed bytes with
        // U+FFFD instead of saying where they are: a text without U+FFFD had none. Only a text
        // with one (malformed, or written so) goes through the strict decoder, which finds the place.
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? checked(file, text, diagnostics) : strictly(file, bytes, diagnostics);
    }

    /** Decodes with a decoder that stops at the first malformed byte, to report where it is. */
    private static Optional<String> strictly(Path file, byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            diagnostics.error(position(file, out.flip()), "this byte is not valid UTF-8 text",
                    "save the file with UTF-8 encoding (most editors offer it under 'Save as' or 'Encoding')");
            return Optional.empty();
        }
        return checked(file, out.flip().toString(), diagnostics);
    }

    /** The decoded {@code text} without a byte-order mark, or empty after reporting a NUL character in it. */
    private static Optional<String> checked(Path file, String text, Diagnostics diagnostics) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.error(position(file, CharBuffer.wrap(text, 0, nul)), "the file contains a NUL character",
                    "a content file is plain text; remove the character or check that this is the right file");
            return Optional.empty();
        }
        return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The position just after {@code before}, the text that precedes a bad character. */
    private static Position position(Path file, CharSequence before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String last = before.subSequence(lineStart, before.length()).toString();
        return new Position(file, line, last.codePointCount(0, last.length()) + 1);
    }

}
