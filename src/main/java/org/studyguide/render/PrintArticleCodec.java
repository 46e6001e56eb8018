package org.studyguide.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link PrintArticle} as text, for the page cache and for its print page's key: each field its
 * length, a colon and itself, so that the text decides the article and the article the text.
 * Decoding trusts nothing: text that is not a sound article gives nothing.
 */
final class PrintArticleCodec {
    private static final String FORMAT = "print article 1";

    private PrintArticleCodec() {
    }

    static String encode(PrintArticle article) {
        StringBuilder out = new StringBuilder(article.text().pieces().stream().mapToInt(String::length).sum() + 256);
        put(out, FORMAT);
        put(out, article.chapter());
        put(out, article.source());
        put(out, article.ids().size());
        article.ids().forEach((old, renamed) -> put(put(out, old), renamed));
        put(out, article.text().pieces().size());
        article.text().pieces().forEach(piece -> put(out, piece));
        article.links().forEach(link -> put(put(put(out, link.element()), link.attribute()), link.target()));
        put(out, article.marks().size());
        article.marks().forEach((number, mark) -> put(put(out, number), mark));
        return out.toString();
    }

    static Optional<PrintArticle> decode(String encoded) {
        try {
            Reader in = new Reader(encoded);
            if (!in.next().equals(FORMAT)) {
                return Optional.empty();
            }
            String chapter = in.next();
            String source = in.next();
            Map<String, String> ids = new LinkedHashMap<>();
            for (int i = in.count(); i > 0; i--) {
                ids.put(in.next(), in.next());
            }
            List<String> pieces = new ArrayList<>();
            for (int i = in.count(); i > 0; i--) {
                pieces.add(in.next());
            }
            List<PrintArticle.Link> links = new ArrayList<>();
            for (int i = pieces.size() - 1; i > 0; i--) {
                links.add(new PrintArticle.Link(in.count(), in.next(), in.next()));
            }
            Map<Integer, String> marks = new TreeMap<>();
            for (int i = in.count(); i > 0; i--) {
                marks.put(in.count(), in.next());
            }
            if (pieces.isEmpty() || !in.atEnd()) {
                return Optional.empty();
            }
            return Optional.of(PrintArticle.decoded(chapter, source, ids, new ArticleText(pieces), links, marks));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static StringBuilder put(StringBuilder out, String field) {
        return out.append(field.length()).append(':').append(field);
    }

    private static StringBuilder put(StringBuilder out, int number) {
        return put(out, Integer.toString(number));
    }

    /** Reads the fields in turn; a malformed field throws. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        String next() {
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text, at, colon, 10);
            if (length < 0) {
                throw new IllegalArgumentException("negative length");
            }
            String field = text.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            return field;
        }

        int count() {
            int count = Integer.parseInt(next());
            if (count < 0) {
                throw new IllegalArgumentException("negative count");
            }
            return count;
        }

        boolean atEnd() {
            return at == text.length();
        }
    }
}
