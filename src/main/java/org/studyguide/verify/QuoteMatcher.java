package org.studyguide.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a quotation in a reading: each fragment between elisions ({@code …} or {@code [...]}) must
 * appear, in order, in the reading's canonical text. When one does not, it finds the passage of
 * the reading that shares most words with it and the first word where the two part.
 */
final class QuoteMatcher {
    private static final Pattern ELISION = Pattern.compile("\\s*(?:…|\\[\\.\\.\\.\\]|\\[…\\])\\s*");
    private static final int CONTEXT_WORDS = 4;

    /** Why a quotation was not found: the fragment, the closest passage and the first difference. */
    record Mismatch(String fragment, String closestPassage, String difference) {
    }

    private QuoteMatcher() {
    }

    /** Empty when every fragment of {@code quote} is found in order; otherwise the first that is not. */
    static Optional<Mismatch> match(String quote, ReadingText reading) {
        int from = 0;
        for (String fragment : ELISION.split(quote.strip())) {
            String canonical = ReadingText.of(fragment).canonical();
            if (canonical.isEmpty()) {
                continue;
            }
            int at = reading.canonical().indexOf(canonical, from);
            if (at < 0) {
                return Optional.of(closest(fragment.strip(), canonical, reading));
            }
            from = at + canonical.length();
        }
        return Optional.empty();
    }

    private static Mismatch closest(String fragment, String canonical, ReadingText reading) {
        String[] wanted = canonical.split(" ");
        List<int[]> words = words(reading.canonical());
        int best = bestWindow(wanted, words, reading.canonical());
        int end = Math.min(words.size(), best + wanted.length);
        if (words.isEmpty()) {
            return new Mismatch(fragment, "", "the reading is empty");
        }
        String passage = reading.original(words.get(best)[0], words.get(end - 1)[1]);
        return new Mismatch(fragment, passage, difference(wanted, words, best, reading));
    }

    /** Start and end offsets of each word (run without spaces) of a canonical text. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    words.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** The first word of the window, as long as the fragment, sharing most words with it (linear slide). */
    private static int bestWindow(String[] wanted, List<int[]> words, String text) {
        Map<String, Integer> need = new HashMap<>();
        for (String word : wanted) {
            need.merge(word, 1, Integer::sum);
        }
        Map<String, Integer> have = new HashMap<>();
        int shared = 0;
        int bestShared = -1;
        int best = 0;
        boolean bestAligned = false;
        for (int i = 0; i < words.size(); i++) {
            String in = word(text, words.get(i));
            if (have.merge(in, 1, Integer::sum) <= need.getOrDefault(in, 0)) {
                shared++;
            }
            int first = i - wanted.length + 1;
            if (first > 0) {
                String out = word(text, words.get(first - 1));
                if (have.merge(out, -1, Integer::sum) < need.getOrDefault(out, 0)) {
                    shared--;
                }
            }
            int start = Math.max(0, first);
            boolean aligned = word(text, words.get(start)).equals(wanted[0]);
            if (shared > bestShared || shared == bestShared && aligned && !bestAligned) {
                bestShared = shared;
                best = start;
                bestAligned = aligned;
            }
        }
        return best;
    }

    /** "the quotation has '…' where the reading has '…'", from the first word that differs. */
    private static String difference(String[] wanted, List<int[]> words, int start, ReadingText reading) {
        int i = 0;
        while (i < wanted.length && start + i < words.size()
                && wanted[i].equals(word(reading.canonical(), words.get(start + i)))) {
            i++;
        }
        if (i == wanted.length) {
            return "the words match but not in one run; check for a page header or note inside the passage";
        }
        int from = Math.max(0, i - 1);
        String ours = String.join(" ", java.util.Arrays.copyOfRange(wanted, from, Math.min(wanted.length, from + CONTEXT_WORDS)));
        int theirsFrom = Math.min(words.size() - 1, start + from);
        int theirsTo = Math.min(words.size() - 1, theirsFrom + CONTEXT_WORDS - 1);
        String theirs = reading.original(words.get(theirsFrom)[0], words.get(theirsTo)[1]);
        return "the quotation has '" + ours + "' where the reading has '" + theirs + "'";
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }
}
