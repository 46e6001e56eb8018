package org.studyguide.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.print.ChapterArticles;
import org.studyguide.print.PrintPage;

/**
 * A chapter's article as its print page shows it, finished in the chapter's own task: copied out of
 * the chapter's passed page as the print page shows it ({@link ArticleCopy}) and written. Only its links to
 * chapters on the same print page are left as holes ({@link ArticleText}), which the page fills in
 * ({@link PrintAssembly}). The page cache keeps it {@link #encoded}; the tree, which the
 * check stage reads when the print page is passed, is then parsed from it only if asked for.
 */
final class PrintArticle {
    private final String chapter;
    private final String source;
    private final Map<String, String> ids;
    private final ArticleText text;
    private final List<Link> links;
    private final Map<Integer, String> marks;
    private byte[] encoded;
    private Element tree;
    /** The tree's elements, when the tree was made now: listed in the chapter's task, not the print page's. */
    private List<Element> elements;

    /**
     * A link to a chapter on the print page, whose value the page decides.
     *
     * @param element   the element's number in the article, in document order (the article is 0)
     * @param attribute the attribute that holds it
     * @param target    the link from the site root, such as {@code /chapters/a.html#x}
     */
    record Link(int element, String attribute, String target) {
    }

    private PrintArticle(String chapter, String source, Map<String, String> ids, ArticleText text, List<Link> links,
            Map<Integer, String> marks, Element tree) {
        this.chapter = chapter;
        this.source = source;
        this.ids = ids;
        this.text = text;
        this.links = List.copyOf(links);
        this.marks = marks;
        this.tree = tree;
    }

    /** The article of {@code page}, the passed page of {@code article}'s chapter at {@code path} (its marks still in it). */
    static PrintArticle of(PrintPlace.Article article, String path, Document page) {
        return of(ArticleCopy.of(article, path, page), article.chapter(), path);
    }

    /** The article of chapter {@code chapter}, whose page is at {@code path}, as {@code copy} copied it. */
    private static PrintArticle of(ArticleCopy copy, String chapter, String path) {
        List<Element> linked = copy.linked().stream().map(copy.elements()::get).toList();
        ArticleText.Written written = ArticleText.write(copy.tree(), linked, copy.attributes());
        List<Link> links = written.order().stream()
                .map(i -> new Link(copy.linked().get(i), copy.attributes().get(i), copy.targets().get(i))).toList();
        PrintArticle made = new PrintArticle(chapter, "/" + path, copy.ids(), written.text(), links, copy.marks(),
                copy.tree());
        made.elements = copy.elements();
        return made;
    }

    /** An article as {@link #encoded} wrote it, or empty when {@code encoded} is not such an article. */
    static Optional<PrintArticle> decode(byte[] encoded) {
        Optional<PrintArticle> article = PrintArticleCodec.decode(encoded);
        article.ifPresent(decoded -> decoded.encoded = encoded);
        return article;
    }

    /** An article read back by {@link PrintArticleCodec}, without its tree. */
    static PrintArticle decoded(String chapter, String source, Map<String, String> ids, ArticleText text,
            List<Link> links, Map<Integer, String> marks) {
        return new PrintArticle(chapter, source, ids, text, links, marks, null);
    }

    /** The chapter's id. */
    String chapter() {
        return chapter;
    }

    /** The chapter's page, from the site root ({@code /chapters/a.html}), which links to the chapter name. */
    String source() {
        return source;
    }

    /** The chapter's ids, each mapped to its id in the article, the article's own (the empty string) first. */
    Map<String, String> ids() {
        return ids;
    }

    /** The article's HTML, with holes for its {@link #links}. */
    ArticleText text() {
        return text;
    }

    /** Its links to chapters on the print page, in the order of the holes in its text. */
    List<Link> links() {
        return links;
    }

    /** The source marks taken out of it, by element number. */
    Map<Integer, String> marks() {
        return marks;
    }

    /**
     * The whole article as the page cache keeps it and a print page's key is made of: made when
     * first asked for, which with a cache is in the chapter's task, as the page is kept.
     */
    synchronized byte[] encoded() {
        if (encoded == null) {
            encoded = PrintArticleCodec.encode(this);
        }
        return encoded;
    }

    /**
     * The article's tree, its links' values being their targets until its print page sets them, or
     * the tree it was made as; parsed from its text when it came from the page cache.
     */
    private Element tree() {
        if (tree == null) {
            tree = ChapterArticles.fromHtml(text.fill(links.stream().map(Link::target).toList()));
        }
        return tree;
    }

    /**
     * The article as a print page places it: its own tree the first time, a copy for a template that
     * places it again.
     */
    Placed place(boolean copy) {
        Element placed = copy ? tree().clone() : tree();
        List<Element> elements = copy || this.elements == null ? placed.getAllElements() : this.elements;
        Map<Element, String> byElement = new IdentityHashMap<>();
        marks.forEach((number, mark) -> byElement.put(elements.get(number), mark));
        return new Placed(this, placed, elements, byElement);
    }

    /**
     * An article placed on a print page.
     *
     * @param elements the tree's elements in document order, the tree first
     * @param marks    the source marks of its elements
     */
    record Placed(PrintArticle article, Element tree, List<Element> elements, Map<Element, String> marks) {
    }

    /** The placeholders of the articles in a print page's model (see {@link PrintPage.Chapter}). */
    static List<PrintPage.Chapter> chapters(List<PrintArticle> articles) {
        return PrintAssembly.placeholders(articles.stream().map(PrintArticle::chapter).toList());
    }

    /** What the articles add to their print page's key: their encodings. */
    static List<byte[]> keys(List<PrintArticle> articles) {
        return articles.stream().map(PrintArticle::encoded).toList();
    }
}
