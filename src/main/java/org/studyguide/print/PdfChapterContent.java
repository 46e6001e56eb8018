package org.studyguide.print;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A chapter's content for print, taken from its rendered page: the page's article without the
 * on-screen navigation (contents, pager, the lists of what the chapter uses, which the appendix
 * replaces), the model answers gathered into an answer key after the questions, the quotations'
 * explanations opened, ids prefixed so
 * they stay unique when chapters share one document, and every internal link made root-relative
 * for {@link PdfLinks}.
 */
final class PdfChapterContent {
    /** Marks an article with the id of the chapter it came from. */
    static final String CHAPTER_ATTR = "data-chapter";

    private PdfChapterContent() {
    }

    /**
     * The cleaned article of {@code page}, the rendered {@code chapters/<id>.html}.
     *
     * @param idPrefix put before every id (empty when the chapter is alone in its document)
     */
    static Element of(Document page, String chapterId, String idPrefix) {
        Element found = page.selectFirst("article.chapter");
        Element article = found == null ? new Element("article").addClass("chapter") : found.clone();
        article.attr(CHAPTER_ATTR, chapterId);
        article.removeAttr("aria-labelledby");
        article.select("nav.page-toc, aside.chapter-refs, nav.pager, .pdf-link, .print-controls").remove();
        dropQuoteLinks(article);
        quotationMarks(article);
        answerKey(article);
        openExplanations(article);
        anchorQuotes(article);
        PdfRootLinks.makeRootRelative(article, "chapters/" + chapterId + ".html");
        Element title = article.selectFirst("h1");
        article.prependElement("div").addClass("running-chapter").text(title == null ? chapterId : title.text());
        if (!idPrefix.isEmpty()) {
            article.select("[id]").forEach(e -> e.id(idPrefix + e.id()));
        }
        return article;
    }

    /** "about this quotation" points at the web page of the quotation; the attribution says enough. */
    private static void dropQuoteLinks(Element article) {
        for (Element link : article.select("figure.quote a.quote-link")) {
            Node before = link.previousSibling();
            if (before instanceof TextNode text) {
                text.text(text.getWholeText().replaceFirst("\\s*·\\s*$", ""));
            }
            link.remove();
        }
    }

    /**
     * Puts quotation marks around each card's words, in the text itself: marks added by the
     * stylesheet are separate boxes, and the closing one could wrap onto a line of its own.
     */
    private static void quotationMarks(Element article) {
        for (Element quote : article.select("figure.quote blockquote")) {
            Elements paragraphs = quote.select("p");
            if (!paragraphs.isEmpty()) {
                paragraphs.first().prependText("\u201C");
                Element last = paragraphs.last();
                if (last.childNodeSize() > 0 && last.childNode(last.childNodeSize() - 1) instanceof TextNode text) {
                    text.text(text.getWholeText() + "\u201D");
                } else {
                    last.appendText("\u201D");
                }
            }
        }
    }

    /** Moves each hidden model answer into a numbered key after the questions. */
    private static void answerKey(Element article) {
        Element review = article.selectFirst("section.review");
        if (review == null) {
            return;
        }
        Element key = new Element("section").addClass("answer-key");
        key.appendElement("h3").text("Model answers");
        Element list = key.appendElement("ol");
        for (Element question : review.select("ol.questions > li")) {
            Element answer = list.appendElement("li");
            Element details = question.selectFirst("details.answer");
            if (details != null) {
                details.select("summary").remove();
                answer.appendChildren(details.childNodesCopy());
                details.remove();
            }
        }
        review.appendChild(key);
    }

    /** A PDF has no disclosures: each quotation's explanation prints open, under its heading. */
    private static void openExplanations(Element article) {
        for (Element details : article.select("details.quote-explanation")) {
            Element summary = details.selectFirst("summary");
            if (summary != null) {
                summary.tagName("p").addClass("explanation-title");
            }
            details.tagName("div");
        }
    }

    /** Gives the first card of each quotation an id, so that links to it can stay in the document. */
    private static void anchorQuotes(Element article) {
        Set<String> seen = new HashSet<>();
        for (Element figure : article.select("figure.quote[data-quote]")) {
            String quote = figure.attr("data-quote");
            if (seen.add(quote) && !figure.hasAttr("id")) {
                figure.id(PdfLinks.quoteAnchor(quote));
            }
        }
    }
}
