package org.studyguide.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The fields of a cache entry's value: integers, flags, byte strings and UTF-8 texts, each text and
 * byte string written with its length first. The reader trusts nothing it reads: a length that
 * overruns the value, a flag that is neither 0 nor 1, bytes that are not UTF-8 or left over at the
 * end make it throw {@link Malformed}, so that a damaged or foreign entry is never half-used.
 */
public final class EntryBytes {
    private EntryBytes() {
    }

    /** A value that does not decode: the entry is treated as missing. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        /** A value that is wrong in the way {@code message} says. */
        public Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /** Writes the fields of a value in order. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        private final DataOutputStream out = new DataOutputStream(bytes);

        /** Adds a non-negative integer, such as a count or a line number. */
        public Writer putInt(int value) {
            try {
                out.writeInt(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Adds a flag. */
        public Writer putBoolean(boolean value) {
            return putInt(value ? 1 : 0);
        }

        /** Adds a text, as UTF-8. */
        public Writer putString(String value) {
            return putBytes(value.getBytes(StandardCharsets.UTF_8));
        }

        /** Adds a byte string. */
        public Writer putBytes(byte[] value) {
            putInt(value.length);
            bytes.write(value, 0, value.length);
            return this;
        }

        /** The value written so far. */
        public byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** Reads the fields of a value in the order they were written. */
    public static final class Reader {
        private final ByteBuffer buffer;
        /** One decoder for the reader's texts: a value can hold thousands of them. */
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

        /** A reader of {@code value}. */
        public Reader(byte[] value) {
            this.buffer = ByteBuffer.wrap(value);
        }

        /** The next integer, which must lie in {@code [0, max]}. */
        public int getInt(int max) throws Malformed {
            if (buffer.remaining() < Integer.BYTES) {
                throw new Malformed("value ends early");
            }
            int value = buffer.getInt();
            if (value < 0 || value > max) {
                throw new Malformed("number out of range: " + value);
            }
            return value;
        }

        /** A count of the items that follow, each at least {@code Integer.BYTES} long. */
        public int getCount() throws Malformed {
            return getInt(buffer.remaining() / Integer.BYTES);
        }

        /** The next flag. */
        public boolean getBoolean() throws Malformed {
            return getInt(1) == 1;
        }

        /** The next byte string. */
        public byte[] getBytes() throws Malformed {
            int length = getInt(Integer.MAX_VALUE);
            if (length > buffer.remaining()) {
                throw new Malformed("byte string overruns the value");
            }
            byte[] value = new byte[length];
            buffer.get(value);
            return value;
        }

        /** The next text, which must be well-formed UTF-8. */
        public String getString() throws Malformed {
            return decoded(getBytes()).toString();
        }

        /** The next text as its bytes, which must be well-formed UTF-8 (as {@link #getString} checks). */
        public byte[] getUtf8() throws Malformed {
            byte[] bytes = getBytes();
            decoded(bytes);
            return bytes;
        }

        private CharBuffer decoded(byte[] bytes) throws Malformed {
            try {
                return utf8.decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new Malformed("text is not UTF-8");
            }
        }

        /** Checks that the whole value was read. */
        public void end() throws Malformed {
            if (buffer.hasRemaining()) {
                throw new Malformed(buffer.remaining() + " bytes left over");
            }
        }
    }
}
