package org.studyguide.html;

/**
 * Encodes characters as UTF-8 exactly as {@code new String(chars).getBytes(UTF_8)} does (a lone
 * surrogate becomes {@code ?}), straight from a writer's buffer: making a string of a page only to
 * encode it copied each character twice more.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The UTF-8 bytes of {@code chars[0..length)}. */
    static byte[] encode(char[] chars, int length) {
        byte[] bytes = new byte[encodedLength(chars, length)];
        int n = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xc0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3f);
            } else if (isPair(chars, length, i)) {
                int code = Character.toCodePoint(c, chars[++i]);
                bytes[n++] = (byte) (0xf0 | code >> 18);
                bytes[n++] = (byte) (0x80 | code >> 12 & 0x3f);
                bytes[n++] = (byte) (0x80 | code >> 6 & 0x3f);
                bytes[n++] = (byte) (0x80 | code & 0x3f);
            } else if (Character.isSurrogate(c)) {
                bytes[n++] = '?';
            } else {
                bytes[n++] = (byte) (0xe0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return bytes;
    }

    private static int encodedLength(char[] chars, int length) {
        int bytes = length;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (isPair(chars, length, i)) {
                    bytes += 2; // two chars, four bytes
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    private static boolean isPair(char[] chars, int length, int i) {
        return Character.isHighSurrogate(chars[i]) && i + 1 < length && Character.isLowSurrogate(chars[i + 1]);
    }
}
