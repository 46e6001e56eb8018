package org.studyguide.print;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Maps the links of a PDF's body, written root-relative by {@link PdfRootLinks}, to what works in a
 * PDF: an anchor when the target is in the document (a section, a quotation card, a chapter of
 * the whole guide, an appendix entry), the other chapter's PDF for a chapter that is not, and
 * for any other page of the site its public address when {@code baseUrl} in guide.yml gives it,
 * or else plain text, since a PDF read elsewhere cannot know where the site is. Links to other
 * hosts are kept.
 */
final class PdfLinks {
    private final Set<String> chaptersInDocument;
    private final boolean prefixedIds;
    private final Optional<String> baseUrl;

    /**
     * @param chaptersInDocument the ids of the chapters the document contains
     * @param prefixedIds        true when chapter ids carry their {@link #idPrefix chapter prefix}
     * @param baseUrl            the site's public address, ending in {@code /}, when known
     */
    PdfLinks(Set<String> chaptersInDocument, boolean prefixedIds, Optional<String> baseUrl) {
        this.chaptersInDocument = chaptersInDocument;
        this.prefixedIds = prefixedIds;
        this.baseUrl = baseUrl;
    }

    /** The prefix that keeps a chapter's ids unique in a document of several chapters. */
    static String idPrefix(String chapterId) {
        return chapterId + "--";
    }

    /** The anchor of a glossary entry in an appendix. */
    static String termAnchor(String termId) {
        return "term-" + termId;
    }

    /** The anchor of a reading in an appendix. */
    static String readingAnchor(String sourceId) {
        return "reading-" + sourceId;
    }

    /** The anchor of a person in an appendix. */
    static String personAnchor(String personId) {
        return "person-" + personId;
    }

    /** The anchor of a quotation's card in a chapter. */
    static String quoteAnchor(String quoteId) {
        return "quote-" + quoteId;
    }

    /** Rewrites every link under {@code body}. */
    void rewrite(Element body) {
        Set<String> ids = body.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        Map<String, String> quoteCards = new HashMap<>();
        for (Element figure : body.select("figure.quote[id][data-quote]")) {
            quoteCards.putIfAbsent(figure.attr("data-quote"), figure.id());
        }
        for (Element link : body.select("a[href^=/]")) {
            String href = link.attr("href");
            int hash = href.indexOf('#');
            String path = hash < 0 ? href.substring(1) : href.substring(1, hash);
            String fragment = hash < 0 ? "" : href.substring(hash + 1);
            Optional<String> anchor = anchor(path, fragment, quoteCards).filter(ids::contains);
            if (anchor.isPresent()) {
                link.attr("href", "#" + anchor.get());
            } else if (isChapter(path) && !chaptersInDocument.contains(chapterId(path))) {
                link.attr("href", chapterId(path) + ".pdf");
            } else if (baseUrl.isPresent()) {
                link.attr("href", baseUrl.get() + href.substring(1));
            } else {
                link.unwrap();
            }
        }
    }

    private Optional<String> anchor(String path, String fragment, Map<String, String> quoteCards) {
        if (isChapter(path)) {
            String chapter = chapterId(path);
            if (!chaptersInDocument.contains(chapter)) {
                return Optional.empty();
            }
            String prefix = prefixedIds ? idPrefix(chapter) : "";
            return Optional.of(prefix + (fragment.isEmpty() ? "chapter-title" : fragment));
        }
        return switch (path) {
            case "glossary.html" -> Optional.of(termAnchor(fragment));
            case "sources.html" -> Optional.of(readingAnchor(fragment));
            case "people.html" -> Optional.of(personAnchor(fragment));
            case "quotes.html" -> Optional.ofNullable(quoteCards.get(fragment));
            default -> Optional.empty();
        };
    }

    private static boolean isChapter(String path) {
        return path.startsWith("chapters/") && path.endsWith(".html");
    }

    private static String chapterId(String path) {
        return path.substring("chapters/".length(), path.length() - ".html".length());
    }
}
