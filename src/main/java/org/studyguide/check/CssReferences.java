package org.studyguide.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the URLs a piece of CSS loads: every {@code url(...)} and every {@code @import "..."}.
 * Used for the site's {@code .css} files, {@code <style>} elements and {@code style} attributes.
 * Comments are skipped; a {@code url(} written inside a CSS string is (rarely, harmlessly) found too.
 */
final class CssReferences {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|\\z)", Pattern.DOTALL);
    private static final Pattern URL =
            Pattern.compile("(?i)\\burl\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))");
    private static final Pattern IMPORT = Pattern.compile("(?i)@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private CssReferences() {
    }

    /**
     * The URLs in {@code css}, which is written in the site file {@code from} and begins at
     * {@code start}; each reference points at the URL's first character.
     */
    static List<Reference> find(String css, String from, Place start) {
        String text = blankComments(css);
        List<Found> found = new ArrayList<>();
        for (Pattern pattern : List.of(URL, IMPORT)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                int group = firstMatchedGroup(matcher);
                if (!matcher.group(group).isBlank()) {
                    int offset = matcher.start(group);
                    found.add(new Found(offset, new Reference(Url.parse(matcher.group(group)), from,
                            Reference.Use.RESOURCE, start.advance(css, offset))));
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Found::offset)).map(Found::reference).toList();
    }

    /** A reference and how far into the CSS it was written, which orders them as written. */
    private record Found(int offset, Reference reference) {
    }

    private static int firstMatchedGroup(Matcher matcher) {
        int group = 1;
        while (matcher.group(group) == null) {
            group++;
        }
        return group;
    }

    /** The text with each comment replaced by spaces, so that offsets stay those of the original. */
    private static String blankComments(String css) {
        StringBuilder text = new StringBuilder(css);
        Matcher comment = COMMENT.matcher(css);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return text.toString();
    }
}
