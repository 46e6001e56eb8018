package org.studyguide.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pieces of finished HTML that a render writes as short markers and that are spliced into its
 * output afterwards. Flexmark's writer takes every character on its own (it keeps track of lines
 * and indents): on the generated guide of bench/peers.sh, whose lines mention three terms each,
 * mentions were a third of a chapter's render. A mention's HTML runs to 80 characters, its marker
 * to five. A marker is a private-use character,
 * the piece's number in private-use digits and another private-use character; the output is spliced
 * only when it holds each piece's marker exactly once and nothing else that starts like one, so a
 * text that contains such characters itself is rendered again without markers.
 */
final class RawSplices {
    private static final char START = '\uE000';
    private static final char END = '\uE001';
    private static final char ZERO = '\uE030';
    /** More digits than this cannot be a marker: a render never writes a billion pieces. */
    private static final int MOST_DIGITS = 9;

    private final List<String> pieces = new ArrayList<>();
    private int length;

    /** The marker that stands for {@code html} in the render's output. */
    String marker(CharSequence html) {
        String number = Integer.toString(pieces.size());
        pieces.add(html.toString());
        length += html.length();
        char[] marker = new char[number.length() + 2];
        marker[0] = START;
        for (int i = 0; i < number.length(); i++) {
            marker[i + 1] = (char) (ZERO + number.charAt(i) - '0');
        }
        marker[marker.length - 1] = END;
        return new String(marker);
    }

    /**
     * {@code output} with each marker replaced by its piece; empty when the output does not hold
     * every marker exactly once and nothing else that starts like one (then render without markers).
     */
    Optional<String> splice(String output) {
        if (pieces.isEmpty()) {
            return Optional.of(output);
        }
        boolean[] seen = new boolean[pieces.size()];
        StringBuilder spliced = new StringBuilder(output.length() + length);
        int from = 0;
        for (int at = output.indexOf(START); at >= 0; at = output.indexOf(START, from)) {
            int end = at + 1;
            int number = 0;
            while (end < output.length() && end - at - 1 < MOST_DIGITS && isDigit(output.charAt(end))) {
                number = number * 10 + output.charAt(end) - ZERO;
                end++;
            }
            if (end == at + 1 || end == output.length() || output.charAt(end) != END
                    || number >= seen.length || seen[number]) {
                return Optional.empty();
            }
            seen[number] = true;
            spliced.append(output, from, at).append(pieces.get(number));
            from = end + 1;
        }
        for (boolean found : seen) {
            if (!found) {
                return Optional.empty();
            }
        }
        return Optional.of(spliced.append(output, from, output.length()).toString());
    }

    private static boolean isDigit(char c) {
        return c >= ZERO && c <= ZERO + 9;
    }
}
