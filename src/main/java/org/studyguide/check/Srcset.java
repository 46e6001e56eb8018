package org.studyguide.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs of a {@code srcset} attribute ({@code "small.png 480w, large.png 1080w"}), split the way
 * the HTML standard's srcset parser does: candidates are separated by commas, each a URL followed by
 * optional descriptors.
 */
final class Srcset {

    /**
     * One image candidate.
     *
     * @param url    the URL as written
     * @param offset where it starts in the attribute value
     */
    record Candidate(String url, int offset) {
    }

    private Srcset() {
    }

    /** The candidates of a srcset value, in order. */
    static List<Candidate> parse(String value) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < value.length() && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i == value.length()) {
                return candidates;
            }
            int start = i;
            while (i < value.length() && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                i = skipDescriptors(value, i);
            }
            candidates.add(new Candidate(url, start));
        }
    }

    /** Moves past descriptors such as {@code 2x} up to the comma ending the candidate. */
    private static int skipDescriptors(String value, int from) {
        int depth = 0;
        int i = from;
        while (i < value.length() && (value.charAt(i) != ',' || depth > 0)) {
            char c = value.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            i++;
        }
        return i;
    }
}
