package org.studyguide.scaffold;

import java.util.regex.Pattern;

/** Text written into generated YAML as one scalar: plain when that reads back unchanged, else quoted. */
final class YamlText {
    /** Words, digits and light punctuation that no YAML reader takes for anything but text. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.()'’–—_/-]*");
    private static final Pattern RESERVED =
            Pattern.compile("(?i)true|false|yes|no|on|off|null|~|[-+]?[0-9][0-9_.eE+-]*");

    private YamlText() {
    }

    /** {@code text} as a YAML scalar on one line. */
    static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !RESERVED.matcher(text).matches()
                && text.equals(text.strip());
        return plain ? text : quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
