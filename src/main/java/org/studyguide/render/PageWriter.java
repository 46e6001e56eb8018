package org.studyguide.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.studyguide.diag.Diagnostics;
import org.studyguide.print.PrintPage;

/**
 * Renders one page through its template and the HTML passes into the site's files, handing each
 * passed page's tree to {@code onPassed} (the check stage reads it there). The 404 page is served
 * at whatever address was missing, so with a known base path its links start from it. Given a map
 * of {@code passed} pages (the preview's renderer keeps one), a page whose template output is the
 * same as last time is not passed again. A page the {@link PageCache} holds under its model's key is
 * not even rendered: its check summary goes to {@code onPassed} instead of its tree.
 */
final class PageWriter {
    private final Templates templates;
    private final Views.Site site;
    private final ChapterNav nav;
    private final Optional<String> basePath;
    private final Map<String, byte[]> files;
    private final Diagnostics diagnostics;
    private final Optional<Map<String, Passed>> passed;
    private final PageReader onPassed;
    private final PageCache cache;
    private final Optional<byte[]> buildKey;

    PageWriter(Templates templates, Views.Site site, Optional<String> basePath, Map<String, byte[]> files,
            Diagnostics diagnostics, Optional<Map<String, Passed>> passed, Consumer<PassedPage> onPassed,
            PageCache cache) {
        this.templates = templates;
        this.site = site;
        this.nav = new ChapterNav(site.parts());
        this.basePath = basePath;
        this.files = files;
        this.diagnostics = diagnostics;
        this.passed = passed;
        this.onPassed = PageReader.of(onPassed);
        this.cache = cache;
        this.buildKey = cache.buildKey(templates, site);
    }

    /** Renders a page and stores it in the site's files; left out when its template failed. */
    void write(String path, String template, Object page) {
        render(path, template, page, Optional.empty()).ifPresent(this::store);
    }

    /**
     * Renders a print page, whose template writes a placeholder for each of its chapters' finished
     * articles, and stores it (see {@link PrintAssembly}); as its template output does not show the
     * articles, its key is that of its model with the articles' text.
     */
    void writePrint(String path, PrintPage page, List<PrintArticle> articles) {
        render(path, "print.ftlh", page, Optional.empty(), Optional.of(articles), PagePasses::parse)
                .ifPresent(this::store);
    }

    /** Stores a page that {@link #render} made. */
    void store(Finished page) {
        files.put(page.path(), page.bytes());
    }

    /**
     * Renders without storing, so that pages can be rendered on several threads; given a chapter's
     * {@code article}, also makes the chapter's print article of the page.
     */
    Optional<Finished> render(String path, String template, Object page, Optional<PrintPlace.Article> article) {
        return render(path, template, page, article, PagePasses::parse);
    }

    /** Like {@link #render(String, String, Object, Optional)}, parsing the template output with {@code parse}. */
    Optional<Finished> render(String path, String template, Object page, Optional<PrintPlace.Article> article,
            Function<String, Document> parse) {
        return render(path, template, page, article, Optional.empty(), parse);
    }

    private Optional<Finished> render(String path, String template, Object page, Optional<PrintPlace.Article> article,
            Optional<List<PrintArticle>> printed, Function<String, Document> parse) {
        Optional<String> base = path.equals(Urls.NOT_FOUND) ? basePath : Optional.empty();
        Optional<String> articleKey = article.map(PrintPlace.Article::key);
        // A print page is told by its model and its articles, which its template output does not show.
        Optional<byte[]> key = buildKey.isEmpty() ? Optional.empty() : cache.modelKey(buildKey, path, template, base,
                articleKey, printed.isPresent() ? List.of(page, PrintArticle.keys(printed.get())) : page);
        Optional<Finished> kept = cache.findByModel(key, path, onPassed)
                .flatMap(entry -> finished(path, entry, article.isPresent()));
        if (kept.isPresent()) {
            return kept;
        }
        Map<String, Object> model = Map.of("site", site, "page", page, "path", "/" + path,
                "nav", nav.forPage("/" + path));
        cache.countRendered();
        return templates.render(template, model, diagnostics)
                .map(html -> passes(path, html, base, article, printed, key, parse));
    }

    private Finished passes(String path, String html, Optional<String> base, Optional<PrintPlace.Article> article,
            Optional<List<PrintArticle>> printed, Optional<byte[]> key, Function<String, Document> parse) {
        Passed last = printed.isPresent() ? null : passed.map(pages -> pages.get(path)).orElse(null);
        if (last != null && last.html().equals(html) && last.basePath().equals(base)) {
            Optional<Finished> again = finished(path, new PageEntry(last.bytes(), last.article(), new byte[0]),
                    article.isPresent());
            if (again.isPresent()) {
                return again.get();
            }
        }
        Optional<byte[]> output = printed.isPresent() ? key.map(PageCache::assembledKey)
                : cache.outputKey(path, base, article.map(PrintPlace.Article::key), html);
        Optional<PageEntry> same = cache.findByOutput(output, key, path, onPassed);
        Optional<Finished> found = same.flatMap(entry -> finished(path, entry, article.isPresent()));
        if (found.isPresent()) {
            passed.ifPresent(pages -> pages.put(path, new Passed(html, base, same.get().bytes(), same.get().article())));
            return found.get();
        }
        cache.countPassed();
        Document tree = parse.apply(html);
        PassedPage done;
        Optional<PrintArticle> made = Optional.empty();
        if (printed.isPresent()) {
            done = PrintAssembly.assemble(tree, path, printed.get());
        } else {
            PagePasses.apply(tree, path, base);
            // The article is made before the page's marks are taken out, so that it keeps them.
            made = article.map(chapter -> PrintArticle.of(chapter, path, tree));
            done = PassedPage.of(path, tree, html.length());
        }
        // The article's encoding is made here, in the chapter's task, only if it is kept.
        if (output.isPresent()) {
            cache.keep(output.get(), key, done.bytes(), made.map(PrintArticle::encoded), onPassed.read(done),
                    printed.isPresent());
        } else {
            onPassed.accept(done);
        }
        Optional<PrintArticle> finished = made;
        passed.ifPresent(pages -> pages.put(path, new Passed(html, base, done.bytes(), finished.map(PrintArticle::encoded))));
        return new Finished(path, done.bytes(), finished);
    }

    /**
     * The page {@code entry} holds, with its print article when one is {@code wanted}; empty when a
     * wanted article is not there as it should be (then the page is made anew).
     */
    private static Optional<Finished> finished(String path, PageEntry entry, boolean wanted) {
        Optional<PrintArticle> article = entry.article().flatMap(PrintArticle::decode);
        return wanted && article.isEmpty() ? Optional.empty() : Optional.of(new Finished(path, entry.bytes(), article));
    }

    /** A page's template output, and the bytes and print article (as {@link PrintArticle#encoded} wrote it) the HTML passes made of it. */
    record Passed(String html, Optional<String> basePath, byte[] bytes, Optional<byte[]> article) {
    }

    /**
     * One finished page.
     *
     * @param article a chapter page's print article, which its print page may change as it places it
     */
    record Finished(String path, byte[] bytes, Optional<PrintArticle> article) {
    }
}
