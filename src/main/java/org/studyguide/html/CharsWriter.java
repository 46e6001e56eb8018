package org.studyguide.html;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a page is written: a {@link java.io.StringWriter} without its lock, which the thousands of
 * small writes of a template each took (a StringBuffer), into a lent buffer ({@link ScratchChars})
 * sized for the page to come, from which the page is taken as a string or as UTF-8 bytes.
 * {@link #release} gives the buffer back; nothing is written after it.
 */
public final class CharsWriter extends Writer {
    private char[] text;
    private int size;

    /** A writer whose buffer holds {@code capacity} chars before it grows. */
    public CharsWriter(int capacity) {
        this.text = ScratchChars.borrow(capacity);
    }

    @Override
    public void write(int c) {
        room(1);
        text[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length);
        System.arraycopy(chars, offset, text, size, length);
        size += length;
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int length) {
        room(length);
        string.getChars(offset, offset + length, text, size);
        size += length;
    }

    @Override
    public Writer append(CharSequence chars) {
        String string = String.valueOf(chars);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        String string = String.valueOf(chars);
        write(string, start, end - start);
        return this;
    }

    @Override
    public Writer append(char c) {
        write(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void room(int more) {
        if (size + more > text.length) {
            text = Arrays.copyOf(text, Math.max(size + more, text.length * 2));
        }
    }

    /** What was written. */
    @Override
    public String toString() {
        return new String(text, 0, size);
    }

    /** What was written, in UTF-8, as {@code toString().getBytes(UTF_8)} gives it. */
    public byte[] utf8() {
        return Utf8.encode(text, size);
    }

    /** How many characters were written. */
    public int length() {
        return size;
    }

    /** Forgets what was written after the first {@code length} chars. */
    void truncate(int length) {
        size = length;
    }

    /** Gives the buffer back, once what was written has been taken. */
    public void release() {
        ScratchChars.giveBack(text);
        text = null;
    }
}
