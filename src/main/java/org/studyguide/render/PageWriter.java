package org.studyguide.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.studyguide.diag.Diagnostics;
import org.studyguide.print.ChapterArticles;

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
     * Renders a page whose parsed template output {@code assemble} completes before the passes (a
     * print page's articles go into it so); as its template output does not show what goes in, its
     * key is that of its model with {@code assembled}, the HTML of what goes in.
     */
    void write(String path, String template, Object page, Consumer<Document> assemble,
            Supplier<List<String>> assembled) {
        render(path, template, page, Optional.empty(), Optional.of(assemble), assembled, PagePasses::parse)
                .ifPresent(this::store);
    }

    /** Stores a page that {@link #render} made. */
    void store(Finished page) {
        files.put(page.path(), page.bytes());
    }

    /**
     * Renders without storing, so that pages can be rendered on several threads; given a chapter's
     * id, also takes the chapter's article out of the page, for the print page.
     */
    Optional<Finished> render(String path, String template, Object page, Optional<String> chapter) {
        return render(path, template, page, chapter, PagePasses::parse);
    }

    /** Like {@link #render(String, String, Object, Optional)}, parsing the template output with {@code parse}. */
    Optional<Finished> render(String path, String template, Object page, Optional<String> chapter,
            Function<String, Document> parse) {
        return render(path, template, page, chapter, Optional.empty(), List::of, parse);
    }

    private Optional<Finished> render(String path, String template, Object page, Optional<String> chapter,
            Optional<Consumer<Document>> assemble, Supplier<List<String>> assembled, Function<String, Document> parse) {
        Optional<String> base = path.equals(Urls.NOT_FOUND) ? basePath : Optional.empty();
        // A page assembled after its template (a print page) is told by its model and what goes in.
        Optional<byte[]> key = buildKey.isEmpty() ? Optional.empty() : cache.modelKey(buildKey, path, template, base,
                chapter, assemble.isPresent() ? List.of(page, assembled.get()) : page);
        Optional<PageEntry> kept = cache.findByModel(key, path, onPassed);
        if (kept.isPresent()) {
            return Optional.of(new Finished(path, kept.get().bytes(),
                    kept.get().article().map(html -> ChapterArticle.ofHtml(chapter.orElseThrow(), html))));
        }
        Map<String, Object> model = Map.of("site", site, "page", page, "path", "/" + path,
                "nav", nav.forPage("/" + path));
        cache.countRendered();
        return templates.render(template, model, diagnostics)
                .map(html -> passes(path, html, base, chapter, assemble, key, parse));
    }

    private Finished passes(String path, String html, Optional<String> base, Optional<String> chapter,
            Optional<Consumer<Document>> assemble, Optional<byte[]> key, Function<String, Document> parse) {
        Passed last = assemble.isPresent() ? null : passed.map(pages -> pages.get(path)).orElse(null);
        if (last != null && last.html().equals(html) && last.basePath().equals(base)) {
            return new Finished(path, last.bytes(), last.article().map(tree -> ChapterArticle.ofTree(tree.clone())));
        }
        Optional<byte[]> output = assemble.isPresent() ? key.map(PageCache::assembledKey)
                : cache.outputKey(path, base, chapter, html);
        Optional<PageEntry> same = cache.findByOutput(output, key, path, onPassed);
        if (same.isPresent()) {
            Optional<ChapterArticle> article = same.get().article()
                    .map(text -> ChapterArticle.ofHtml(chapter.orElseThrow(), text));
            passed.ifPresent(pages -> pages.put(path, new Passed(html, base, same.get().bytes(),
                    article.map(a -> a.tree().clone()))));
            return new Finished(path, same.get().bytes(), article);
        }
        cache.countPassed();
        Document tree = PagePasses.apply(parse.apply(html), path, base, assemble.orElse(page -> { }));
        Optional<ChapterArticle> article = chapter.map(id -> ChapterArticle.ofTree(ChapterArticles.article(id, path, tree)));
        PassedPage done = PassedPage.of(path, tree);
        if (output.isPresent()) {
            cache.keep(output.get(), key, done.bytes(), article.map(ChapterArticle::html), onPassed.read(done),
                    assemble.isPresent());
        } else {
            onPassed.accept(done);
        }
        passed.ifPresent(pages -> pages.put(path, new Passed(html, base, done.bytes(),
                article.map(a -> a.tree().clone()))));
        return new Finished(path, done.bytes(), article);
    }

    /** A page's template output, and the bytes and print article (a copy to copy from) the HTML passes made of it. */
    record Passed(String html, Optional<String> basePath, byte[] bytes, Optional<Element> article) {
    }

    /**
     * One finished page.
     *
     * @param article a chapter page's article, for the print page, which may move it into its tree
     */
    record Finished(String path, byte[] bytes, Optional<ChapterArticle> article) {
    }
}
