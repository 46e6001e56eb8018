package org.studyguide.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds the spellings of terms in a text: case-sensitive, whole words only, the longest spelling
 * winning where several start at the same place, and no two matches overlapping (leftmost first).
 *
 * <p>One Aho–Corasick pass finds every candidate; the whole-word test and the choice among
 * overlapping candidates are then made in one more pass over the text. The library's own
 * {@code ignoreOverlaps()} is not used: it removes overlaps one list removal at a time, which takes
 * quadratic time on a long text with many overlapping candidates ("NATO" inside every
 * "NATO-Russia Council").
 */
final class SpellingMatcher {
    private final PayloadTrie<Spelling> trie;
    private final boolean empty;

    /** A spelling found at {@code [start, end)} of the searched text. */
    record Match(int start, int end, Spelling spelling) {
        int length() {
            return end - start;
        }
    }

    /** A matcher for {@code spellings}; when two share a text, the first one listed wins. */
    SpellingMatcher(List<Spelling> spellings) {
        Map<String, Spelling> byText = new LinkedHashMap<>();
        for (Spelling spelling : spellings) {
            if (!spelling.text().isBlank()) {
                byText.putIfAbsent(spelling.text(), spelling);
            }
        }
        PayloadTrie.PayloadTrieBuilder<Spelling> builder = PayloadTrie.builder();
        byText.forEach(builder::addKeyword);
        trie = builder.build();
        empty = byText.isEmpty();
    }

    /** The matches in {@code text}, in order; linear in the length of the text. */
    List<Match> find(CharSequence text) {
        if (empty) {
            return List.of();
        }
        Match[] longestAt = null;
        for (PayloadEmit<Spelling> emit : trie.parseText(text)) {
            Match match = new Match(emit.getStart(), emit.getEnd() + 1, emit.getPayload());
            if (!isWholeWord(text, match)) {
                continue;
            }
            if (longestAt == null) {
                longestAt = new Match[text.length()];
            }
            Match before = longestAt[match.start()];
            if (before == null || match.length() > before.length()) {
                longestAt[match.start()] = match;
            }
        }
        return longestAt == null ? List.of() : leftmostLongest(longestAt);
    }

    private static List<Match> leftmostLongest(Match[] longestAt) {
        List<Match> matches = new ArrayList<>();
        int at = 0;
        while (at < longestAt.length) {
            Match match = longestAt[at];
            if (match == null) {
                at++;
            } else {
                matches.add(match);
                at = match.end();
            }
        }
        return matches;
    }

    /** No letter or digit touches the match on either side. */
    private static boolean isWholeWord(CharSequence text, Match match) {
        return (match.start() == 0 || !isWordChar(text.charAt(match.start() - 1)))
                && (match.end() == text.length() || !isWordChar(text.charAt(match.end())));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
