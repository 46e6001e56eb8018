package org.studyguide.render;

import java.io.Writer;

/**
 * Where Freemarker writes one page: a {@link java.io.StringWriter} without its lock, which a
 * page's thousands of small writes each took (a StringBuffer), and sized for the page to come.
 */
final class TemplateOutput extends Writer {
    private final StringBuilder text;

    TemplateOutput(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        text.append(chars, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What was written. */
    @Override
    public String toString() {
        return text.toString();
    }

    /** How many characters were written. */
    int length() {
        return text.length();
    }
}
