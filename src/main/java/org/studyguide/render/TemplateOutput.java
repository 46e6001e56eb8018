package org.studyguide.render;

import java.io.Writer;
import java.util.Arrays;
import org.studyguide.html.ScratchChars;

/**
 * Where Freemarker writes one page: a {@link java.io.StringWriter} without its lock, which a
 * page's thousands of small writes each took (a StringBuffer), into a lent buffer sized for the
 * page to come. {@link #release} gives the buffer back; nothing is written after it.
 */
final class TemplateOutput extends Writer {
    private char[] text;
    private int size;

    TemplateOutput(int capacity) {
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

    /** How many characters were written. */
    int length() {
        return size;
    }

    /** Gives the buffer back, once what was written has been taken. */
    void release() {
        ScratchChars.giveBack(text);
        text = null;
    }
}
