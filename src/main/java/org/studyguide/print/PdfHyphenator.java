package org.studyguide.print;

import com.openhtmltopdf.extend.Hyphenator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationException;
import org.apache.fop.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Hyphenation for the PDFs: marks the places where a word may break with soft hyphens (U+00AD),
 * which openhtmltopdf turns into a visible hyphen only where it breaks a line. The break points
 * come from the TeX patterns of the guide's language (Liang's algorithm, Apache FOP's
 * implementation; the patterns in FOP's XML form from {@code com.itextpdf:hyph}). openhtmltopdf
 * calls it for the text of elements styled {@code hyphens: auto} (see {@code pdf.css}).
 *
 * <p>Only plain words are hyphenated: a word of at least {@value #MIN_WORD} letters, not written in
 * capitals (acronyms), with no digit and no character of a URL or an address inside it. A word
 * that already carries a soft hyphen (the author's, or one set by an earlier layout pass) is left
 * as it is, so calling this twice changes nothing.
 *
 * <p>One hyphenator per language is shared by the renderers on every thread: its patterns are
 * parsed once, and each token's result is remembered, since a guide's text repeats the same words
 * thousands of times.
 */
final class PdfHyphenator implements Hyphenator {
    static final char SOFT_HYPHEN = '\u00AD';
    /** The shortest word that is hyphenated. */
    private static final int MIN_WORD = 6;
    /** Letters kept together at the start and end of a word, as in TeX's English defaults. */
    private static final int MIN_BEFORE = 2;
    private static final int MIN_AFTER = 3;
    /** What lies between two spaces; a plain word is a run of letters inside one. */
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}+");
    /** A token with a dot between two word characters, such as a domain name. */
    private static final Pattern DOTTED = Pattern.compile(".*\\w\\.\\w.*");
    /** Enough for the distinct tokens of a long guide; beyond it tokens are hyphenated without being remembered. */
    private static final int MAX_REMEMBERED = 200_000;
    private static final Map<String, Optional<PdfHyphenator>> BY_PATTERNS = new ConcurrentHashMap<>();

    private final HyphenationTree tree;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private PdfHyphenator(HyphenationTree tree) {
        this.tree = tree;
    }

    /**
     * The hyphenator for a language tag such as {@code en} or {@code en-GB}, or empty when no
     * patterns exist for it (its text is then not hyphenated).
     */
    static Optional<PdfHyphenator> forLanguage(String languageTag) {
        return patternNames(languageTag).stream()
                .map(name -> BY_PATTERNS.computeIfAbsent(name, n -> load(n).map(PdfHyphenator::new)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public String hyphenateText(String text) {
        Matcher token = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        while (token.find()) {
            out.append(text, last, token.start());
            out.append(remembered(token.group()));
            last = token.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private String remembered(String token) {
        String known = tokens.get(token);
        if (known != null) {
            return known;
        }
        String hyphenated = hyphenateToken(token);
        if (tokens.size() < MAX_REMEMBERED) {
            tokens.put(token, hyphenated);
        }
        return hyphenated;
    }

    /**
     * A whitespace-delimited token: the plain words in it hyphenated (so "co-operation," becomes
     * "co-op\u00ADer\u00ADa\u00ADtion,"), unless the token looks like a URL, an address or a number.
     */
    private String hyphenateToken(String token) {
        if (token.indexOf(SOFT_HYPHEN) >= 0 || token.contains("://") || token.contains("@")
                || token.contains("/") || token.contains("_") || DOTTED.matcher(token).matches()) {
            return token;
        }
        Matcher word = PLAIN_WORD.matcher(token);
        StringBuilder out = new StringBuilder(token.length() + 8);
        int last = 0;
        while (word.find()) {
            out.append(token, last, word.start());
            out.append(hyphenateWord(word.group(), token, word.start(), word.end()));
            last = word.end();
        }
        return out.append(token, last, token.length()).toString();
    }

    private String hyphenateWord(String word, String token, int start, int end) {
        boolean glued = (start > 0 && Character.isDigit(token.charAt(start - 1)))
                || (end < token.length() && Character.isDigit(token.charAt(end)));
        if (word.length() < MIN_WORD || glued || word.equals(word.toUpperCase(Locale.ROOT)) || capitalInside(word)) {
            return word;
        }
        Hyphenation points = tree.hyphenate(word, MIN_BEFORE, MIN_AFTER);
        if (points == null) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + 4);
        int from = 0;
        for (int at : points.getHyphenationPoints()) {
            if (at > from && at < word.length()) {
                out.append(word, from, at).append(SOFT_HYPHEN);
                from = at;
            }
        }
        return out.append(word, from, word.length()).toString();
    }

    /** A capital after the first letter, as in "McDonald" or "iPhone". */
    private static boolean capitalInside(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The pattern files to try for a language tag, most specific first: {@code en_GB}, then {@code en}. */
    private static List<String> patternNames(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag.isBlank() ? "en" : languageTag);
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            return List.of();
        }
        return locale.getCountry().isEmpty() ? List.of(language)
                : List.of(language + "_" + locale.getCountry(), language);
    }

    private static Optional<HyphenationTree> load(String name) {
        String resource = "com/itextpdf/hyph/" + name + ".xml";
        try (InputStream in = PdfHyphenator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            HyphenationTree tree = new HyphenationTree();
            tree.loadPatterns(new InputSource(in));
            return Optional.of(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (HyphenationException e) {
            throw new IllegalStateException("the hyphenation patterns " + resource + " do not load", e);
        }
    }
}
