package org.studyguide.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The chapters' articles of one print page, as trees (see {@link ChapterArticles}). The page's
 * template writes a placeholder for each ({@link PrintPage.Chapter#html}), which {@link #insert}
 * replaces with the article once the page is parsed, before the page's passes: so an article is
 * neither written out as HTML nor parsed a second time, and the page comes out as if its template
 * had written the article's HTML there.
 */
public final class PrintArticles {
    private static final String PLACEHOLDER = "data-print-article";
    private static final Evaluator PLACEHOLDERS = QueryParser.parse("article[" + PLACEHOLDER + "]");
    private final List<Element> articles;

    /** The articles in reading order, each taken by {@link ChapterArticles#article}; {@link #insert} moves them. */
    public PrintArticles(List<Element> articles) {
        this.articles = List.copyOf(articles);
    }

    /**
     * The chapters of articles with these ids, in this order, as the print page's template sees them:
     * each article's id and its placeholder.
     */
    public static List<PrintPage.Chapter> placeholders(List<String> ids) {
        List<PrintPage.Chapter> chapters = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            chapters.add(new PrintPage.Chapter(ids.get(i), "<article " + PLACEHOLDER + "=\"" + i + "\"></article>"));
        }
        return chapters;
    }

    /**
     * Replaces the placeholders in {@code page}, the parsed print page, with the articles; a template
     * that writes an article twice gets a copy the second time. The placeholders are found before
     * any article is inserted, so the articles' own content is never taken for one.
     */
    public void insert(Document page) {
        Set<Integer> used = new HashSet<>();
        for (Element placeholder : page.select(PLACEHOLDERS)) {
            int index = index(placeholder.attr(PLACEHOLDER));
            if (index >= 0) {
                Element article = articles.get(index);
                placeholder.replaceWith(used.add(index) ? article : article.clone());
            }
        }
    }

    /** The article a placeholder names, or -1 when it names none (a template's own element). */
    private int index(String value) {
        try {
            int index = Integer.parseInt(value);
            return index < articles.size() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
