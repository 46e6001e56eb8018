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

    /** Moves each hidden model answer, and each essay outline, into a numbered key after its list. */
    private static void answerKey(Element article) {
        key(article.selectFirst("section.review"), "ol.questions > li", "details.answer", "Model answers");
        key(article.selectFirst("section.essays"), "ol.essay-list > li", "details.essay-outline", "Essay outlines");
    }

    private static void key(Element section, String items, String hidden, String title) {
        if (section == null) {
            return;
        }
        Element key = new Element("section").addClass("answer-key");
        key.appendElement("h3").text(title);
        Element list = key.appendElement("ol");
        for (Element item : section.select(items)) {
            Element answer = list.appendElement("li");
            Element details = item.selectFirst(hidden);
            if (details != null) {
                details.select("summary").remove();
                answer.appendChildren(details.childNodesCopy());
                details.remove();
            }
        }
        section.appendChild(key);
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
