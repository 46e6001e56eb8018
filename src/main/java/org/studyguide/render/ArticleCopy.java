package org.studyguide.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.studyguide.markdown.SourceMarks;
import org.studyguide.print.ArticleIds;
import org.studyguide.print.ChapterArticles;

/**
 * A chapter's article copied out of its passed page as its print page shows it: without the parts
 * that only make sense on the chapter's own page, its ids renamed ({@link ArticleIds}), its URLs
 * relative to the print page, its links to chapters on that page found (their values are the
 * page's to decide), its source marks taken out by element number.
 *
 * <p>Of the page passes, only the relative links come out differently on the print page: the
 * chapter's page has its tables wrapped already, its typography set (a second pass changes nothing)
 * and its first mentions marked in each {@code article.chapter} by what lies inside it. So the copy
 * has only attributes rewritten, in one walk ({@link #rewritten}). Where that might not hold — no
 * {@code article.chapter} on the page (a custom template), one inside anything but plain containers
 * (a {@code translate="no"} or verbatim element keeps text as written), a table not wrapped, a
 * page-only part holding an acronym, or taken out from between two texts whose join the typography
 * would change — the copy is passed again as a page is ({@link #passedAgain}), as it was before.
 *
 * @param tree     the article, in a shell of its own
 * @param elements its elements in document order, the article first
 * @param ids      the chapter's ids, each mapped to its id in the article, the article's own (the empty string) first
 * @param linked   the numbers (in {@code elements}) of the elements with a link to a chapter on the print page
 * @param attributes the attribute of each such link
 * @param targets  each such link's target from the site root, such as {@code /chapters/a.html#x}
 * @param marks    the source marks taken out, by element number
 */
record ArticleCopy(Element tree, List<Element> elements, Map<String, String> ids, List<Integer> linked,
        List<String> attributes, List<String> targets, Map<Integer, String> marks) {
    private static final Evaluator ARTICLE = QueryParser.parse("article.chapter");
    private static final Set<String> CONTAINERS = Set.of("#root", "html", "body", "main", "div", "section");
    private static final Set<String> ID_REFERENCES = Set.copyOf(ArticleIds.ID_REFERENCES);
    private static final Set<String> URLS = Set.copyOf(ChapterArticles.URL_ATTRIBUTES);

    /** The article of {@code page}, the passed page of {@code article}'s chapter at {@code path} (its marks still in it). */
    static ArticleCopy of(PrintPlace.Article article, String path, Document page) {
        return rewritten(article, path, page).orElseGet(() -> passedAgain(article, path, page));
    }

    /** The article with only its attributes rewritten; empty where the passes might change more. */
    static Optional<ArticleCopy> rewritten(PrintPlace.Article article, String path, Document page) {
        Element found = page.selectFirst(ARTICLE);
        if (found == null || ChapterArticles.pageOnly(found) || !plainlyPlaced(found)) {
            return Optional.empty();
        }
        Element tree = found.clone();
        ChapterArticles.shell().body().appendChild(tree);
        List<Element> elements = new ArrayList<>();
        if (!withoutPageOnlyParts(tree, elements)) {
            return Optional.empty();
        }
        tree.id(article.chapter());
        PrintUrls urls = PrintUrls.of(path, article.place().path());
        List<String> oldIds = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        ArticleCopy copy = new ArticleCopy(tree, elements, Map.of(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new TreeMap<>());
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (element.nameIs("table") && !(element.parent() != null && element.parent().hasClass("table-scroll"))) {
                return Optional.empty();
            }
            if (element.attributesSize() == 0) {
                continue;
            }
            // One look at each attribute: ids, references to ids, URLs, the source mark.
            boolean isNamed = false;
            String mark = null;
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (key.equals("id")) {
                    if (i > 0) {
                        oldIds.add(attribute.getValue());
                    }
                    isNamed = true;
                } else if (ID_REFERENCES.contains(key)) {
                    isNamed = true;
                } else if (URLS.contains(key)) {
                    copy.link(i, attribute, urls, article.place());
                } else if (key.equals(SourceMarks.ATTRIBUTE)) {
                    mark = attribute.getValue();
                }
            }
            if (isNamed) {
                named.add(element);
            }
            if (mark != null) {
                copy.marks.put(i, mark);
                element.removeAttr(SourceMarks.ATTRIBUTE);
            }
        }
        Map<String, String> ids = ArticleIds.assign(article.chapter(), oldIds, new HashSet<>());
        ArticleIds.apply(tree, named, ids);
        return Optional.of(new ArticleCopy(tree, elements, ids, copy.linked, copy.attributes, copy.targets, copy.marks));
    }

    /**
     * Whether only plain containers without a {@code translate} attribute lie around the article on
     * its page: then the typography of its text depends on nothing outside it.
     */
    private static boolean plainlyPlaced(Element article) {
        for (Element parent = article.parent(); parent != null; parent = parent.parent()) {
            if (!CONTAINERS.contains(parent.normalName()) || parent.hasAttr("translate")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists the article's elements into {@code elements}, taking out its page-only parts; false
     * when one holds an acronym (the first mentions would change) or its taking out joins two
     * texts into one the typography would change.
     */
    private static boolean withoutPageOnlyParts(Element tree, List<Element> elements) {
        List<Element> pageOnly = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (depth > 0 && ChapterArticles.pageOnly(element)) {
                    pageOnly.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                elements.add(element);
                return FilterResult.CONTINUE;
            }
        }, tree);
        for (Element part : pageOnly) {
            if (part.getAllElements().stream().anyMatch(e -> e.nameIs("abbr") && e.hasAttr("title"))) {
                return false;
            }
            Optional<TextNode> joined = ChapterArticles.remove(part);
            if (joined.isPresent() && !Typography.smarten(joined.get().getWholeText(), ' ').equals(joined.get().getWholeText())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes {@code url}, an attribute of element {@code i}, the print page's, noting (from the site
     * root) a link to a chapter printed at {@code place}, whose value the print page decides.
     */
    private void link(int i, Attribute url, PrintUrls urls, PrintPlace place) {
        PrintUrls.Url found = urls.of(url.getValue());
        if (ArticleIds.LINK_ATTRIBUTES.contains(url.getKey()) && place.chapterPages().contains(ArticleIds.page(found.rooted()))) {
            linked.add(i);
            attributes.add(url.getKey());
            targets.add(found.rooted());
        }
        url.setValue(found.printed());
    }

    /** Takes element {@code i}'s source mark out, if it has one. */
    private void takeMark(int i) {
        Element element = elements.get(i);
        if (element.attributesSize() > 0 && element.hasAttr(SourceMarks.ATTRIBUTE)) {
            marks.put(i, element.attr(SourceMarks.ATTRIBUTE));
            element.removeAttr(SourceMarks.ATTRIBUTE);
        }
    }

    /**
     * The article copied out of the page ({@link ChapterArticles#article}), renamed, and run through
     * the page passes for the print page's path, as any page.
     */
    static ArticleCopy passedAgain(PrintPlace.Article article, String path, Document page) {
        Element tree = ChapterArticles.article(article.chapter(), path, page);
        Map<String, String> ids = ArticleIds.rename(tree, article.chapter());
        List<Element> linked = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Element element : tree.getAllElements()) {
            for (String attribute : ArticleIds.LINK_ATTRIBUTES) {
                String url = element.attributesSize() == 0 ? "" : element.attr(attribute);
                if (!url.isEmpty() && article.place().chapterPages().contains(ArticleIds.page(url))) {
                    linked.add(element);
                    attributes.add(attribute);
                    targets.add(url);
                }
            }
        }
        // The links' targets are read before the passes, which make them relative to the print page.
        PagePasses.apply(tree, article.place().path(), Optional.empty());
        ArticleCopy copy = new ArticleCopy(tree, tree.getAllElements(), ids, new ArrayList<>(), attributes, targets,
                new TreeMap<>());
        Map<Element, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < copy.elements.size(); i++) {
            numbers.put(copy.elements.get(i), i);
            copy.takeMark(i);
        }
        linked.forEach(element -> copy.linked.add(numbers.get(element)));
        return copy;
    }
}
