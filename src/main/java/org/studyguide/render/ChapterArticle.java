package org.studyguide.render;

import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.html.HtmlOut;
import org.studyguide.print.ChapterArticles;
import org.studyguide.print.PrintArticles;
import org.studyguide.print.PrintPage;

/**
 * A chapter's article for the print page, as a tree (taken from a page passed now) or as the HTML
 * the page cache keeps, each made from the other only when needed: a print page found in the cache
 * needs its articles' HTML (for its key) but not their trees, so they are not parsed.
 */
final class ChapterArticle {
    private final String id;
    private Element tree;
    private String html;

    private ChapterArticle(String id, Element tree, String html) {
        this.id = id;
        this.tree = tree;
        this.html = html;
    }

    /** An article taken by {@link ChapterArticles#article}. */
    static ChapterArticle ofTree(Element tree) {
        return new ChapterArticle(tree.id(), tree, null);
    }

    /** The article of chapter {@code id} from its HTML, as the page cache keeps it. */
    static ChapterArticle ofHtml(String id, String html) {
        return new ChapterArticle(id, null, html);
    }

    /** The article's tree, which a print page may move into its own. */
    Element tree() {
        if (tree == null) {
            tree = ChapterArticles.fromHtml(html);
        }
        return tree;
    }

    /** The article's HTML; asked for before its tree goes into a print page. */
    String html() {
        if (html == null) {
            html = HtmlOut.outerHtml(tree);
        }
        return html;
    }

    /** The chapters as a print page's template sees them (see {@link PrintArticles#placeholders}). */
    static List<PrintPage.Chapter> chapters(List<ChapterArticle> articles) {
        return PrintArticles.placeholders(articles.stream().map(article -> article.id).toList());
    }

    /** Puts the articles into their print page's tree (see {@link PrintArticles#insert}). */
    static Consumer<Document> insert(List<ChapterArticle> articles) {
        return page -> new PrintArticles(articles.stream().map(ChapterArticle::tree).toList()).insert(page);
    }

    /** The articles' HTML, which with the print page's model decides the page. */
    static List<String> html(List<ChapterArticle> articles) {
        return articles.stream().map(ChapterArticle::html).toList();
    }
}
