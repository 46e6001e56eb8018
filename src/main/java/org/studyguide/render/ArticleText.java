package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.studyguide.html.HtmlOut;

/**
 * A print article's HTML with holes where its links to chapters on the print page go: their
 * targets are known only once the page knows every article's ids, long after the article was
 * written (in its chapter's task), so the HTML is kept in pieces and the holes {@link #fill}ed in.
 *
 * @param pieces the HTML around the holes, one more than there are holes
 */
record ArticleText(List<String> pieces) {
    /** Marks a hole while the article is written; made anew each run, so no guide can contain it. */
    private static final String HOLE = "studyguide-print-link-" + Long.toHexString(new SplittableRandom().nextLong()) + "-";

    /** Copies the list. */
    ArticleText {
        pieces = List.copyOf(pieces);
    }

    /**
     * Writes {@code article} with a hole for each attribute {@code attributes.get(i)} of
     * {@code elements.get(i)} (left holding the hole's mark); returns the text and each hole's link
     * number, in the order the holes come in the text.
     */
    static Written write(Element article, List<Element> elements, List<String> attributes) {
        for (int i = 0; i < elements.size(); i++) {
            elements.get(i).attr(attributes.get(i), HOLE + i + "-");
        }
        String html = HtmlOut.outerHtml(article);
        List<String> pieces = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(HOLE); at >= 0; at = html.indexOf(HOLE, from)) {
            pieces.add(html.substring(from, at));
            int number = at + HOLE.length();
            int end = html.indexOf('-', number);
            order.add(Integer.parseInt(html, number, end, 10));
            from = end + 1;
        }
        pieces.add(html.substring(from));
        if (order.size() != elements.size()) {
            throw new IllegalStateException("a print article's links were not all written");
        }
        return new Written(new ArticleText(pieces), order);
    }

    /** An article's text, with the number of the link whose value goes in each hole. */
    record Written(ArticleText text, List<Integer> order) {
    }

    /** The article's HTML with {@code values} (attribute values as they are, in the holes' order) in the holes. */
    String fill(List<String> values) {
        // Sized for the whole article (each value escaped at a little more than its length), so that
        // it is not grown and copied.
        int length = 0;
        for (String piece : pieces) {
            length += piece.length();
        }
        for (String value : values) {
            length += value.length() + value.length() / 8;
        }
        StringBuilder html = new StringBuilder(length).append(pieces.get(0));
        for (int i = 0; i < values.size(); i++) {
            html.append(escaped(values.get(i))).append(pieces.get(i + 1));
        }
        return html.toString();
    }

    /** An attribute's value as jsoup writes it in a page. */
    private static String escaped(String value) {
        String html = new Attribute("a", value).html();
        return html.substring("a=\"".length(), html.length() - 1);
    }
}
