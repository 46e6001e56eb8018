package org.studyguide.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.model.Guide;
import org.studyguide.model.GuideInfo;
import org.studyguide.model.Part;
import org.studyguide.model.Ref;
import org.studyguide.print.ArticleCache;
import org.studyguide.print.PrintPage;

/**
 * The render stage: every page of the site through its Freemarker template, plus the assets, in
 * memory. A renderer made {@link #forRebuilds} (the preview server keeps one) runs the HTML passes
 * only over pages whose template output changed since its last render.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final Optional<Path> userTemplates;
    private final Optional<Map<String, Passed>> passed;
    private final ArticleCache articles = new ArticleCache();

    /** A renderer using the templates in {@code userTemplates} over the built-in ones. */
    public SiteRenderer(Optional<Path> userTemplates) {
        this(userTemplates, Optional.empty());
    }

    private SiteRenderer(Optional<Path> userTemplates, Optional<Map<String, Passed>> passed) {
        this.userTemplates = userTemplates;
        this.templates = new Templates(userTemplates);
        this.passed = passed;
    }

    /** A renderer that remembers its pages, to render the same guide again and again more quickly. */
    public static SiteRenderer forRebuilds(Optional<Path> userTemplates) {
        return new SiteRenderer(userTemplates, Optional.of(new ConcurrentHashMap<>()));
    }

    /**
     * Renders the whole site, with links to the PDFs only when {@code pdfs} (the preview server
     * leaves the PDFs out, and so the links to them); template errors are reported and their pages
     * left out.
     */
    public SiteFiles render(LinkedGuide linked, boolean pdfs, Diagnostics diagnostics) {
        GuideLookup lookup = new GuideLookup(linked.guide());
        MarkdownHtml markdown = new MarkdownHtml(linked, lookup);
        EntryViews entries = new EntryViews(linked, lookup, markdown);
        Views.Site site = site(linked.guide(), pdfs);
        Map<String, byte[]> files = new TreeMap<>(Assets.collect(userTemplates, diagnostics));
        PageWriter pages = new PageWriter(templates, site, new ChapterNav(site.parts()),
                Urls.basePath(linked.guide().info().baseUrl()), files, diagnostics, passed);

        String intro = linked.guide().info().introduction().map(markdown::html).orElse("");
        pages.write("index.html", "index.ftlh", new Views.HomePage(site.title(), intro));
        List<Views.ChapterPage> chapters = new ChapterViews(linked, lookup, markdown).pages();
        chapters.parallelStream()
                .map(chapter -> pages.render(Urls.chapterFile(chapter.id()), "chapter.ftlh", chapter))
                .toList()
                .forEach(page -> page.ifPresent(p -> files.put(p.path(), p.bytes())));
        pages.write(PrintPage.FILE, "print.ftlh", printPage(chapters, files));
        pages.write("glossary.html", "glossary.ftlh", entries.glossary());
        pages.write("quotes.html", "quotes.ftlh", entries.quotes());
        pages.write("sources.html", "sources.ftlh", entries.sources());
        pages.write("timeline.html", "timeline.ftlh", new TimelineViews(linked, lookup, markdown).page());
        PeopleViews people = new PeopleViews(linked, lookup, markdown, entries);
        pages.write("people.html", "people.ftlh", people.people());
        pages.write("key-quotations.html", "key-quotations.ftlh", people.keyQuotations());
        StudyViews study = new StudyViews(linked, lookup, markdown);
        if (site.themes()) {
            pages.write(StudyViews.THEMES, "themes.ftlh", study.themes());
        }
        if (site.exam()) {
            pages.write(StudyViews.EXAM, "exam.ftlh", study.exam());
        }
        Bibliography.addTo(files, linked.guide().sources());
        files.put(TermsScript.PATH, TermsScript.of(linked.guide(), markdown));
        pages.write(Urls.NOT_FOUND, "404.ftlh", new Views.NotFoundPage("Page not found"));
        SelfTestViews selfTest = new SelfTestViews(linked.guide(), lookup, markdown);
        SelfTestPages.FlashcardsPage cards = selfTest.flashcards();
        pages.write(SelfTestViews.FLASHCARDS, "flashcards.ftlh", cards);
        pages.write(SelfTestViews.QUIZ, "quiz.ftlh", selfTest.quiz());
        files.put(AnkiCsv.FILE, AnkiCsv.of(site.title(), cards.cards()));
        files.put(SearchIndex.FILE, SearchIndex.script(new SearchDocuments(linked.guide(), lookup, markdown)
                .all(chapters, site.themes() ? study.themes() : new StudyPages.ThemesPage("", List.of(), List.of()))));
        PagesFiles.addTo(files, linked.guide().info());
        return SiteFiles.of(files);
    }

    /**
     * Only the pages of the chapters {@code ids}, exactly as {@link #render} makes them (HTML passes
     * done, source marks kept), keyed by their paths; a page whose template failed is left out. The
     * preview serves an edited chapter's page with this before it renders the rest of the site.
     */
    public Map<String, byte[]> chapterPages(LinkedGuide linked, boolean pdfs, java.util.Set<String> ids,
            Diagnostics diagnostics) {
        GuideLookup lookup = new GuideLookup(linked.guide());
        Views.Site site = site(linked.guide(), pdfs);
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        PageWriter pages = new PageWriter(templates, site, new ChapterNav(site.parts()),
                Urls.basePath(linked.guide().info().baseUrl()), files, diagnostics, passed);
        new ChapterViews(linked, lookup, new MarkdownHtml(linked, lookup)).pages(ids::contains).parallelStream()
                .forEach(chapter -> pages.write(Urls.chapterFile(chapter.id()), "chapter.ftlh", chapter));
        return files;
    }

    /** The whole guide on one page, from the chapter pages just rendered (those that rendered). */
    private PrintPage printPage(List<Views.ChapterPage> chapters, Map<String, byte[]> files) {
        List<PrintPage.RenderedChapter> rendered = new java.util.ArrayList<>();
        for (Views.ChapterPage chapter : chapters) {
            String path = Urls.chapterFile(chapter.id());
            if (files.containsKey(path)) {
                rendered.add(new PrintPage.RenderedChapter(chapter.id(), path,
                        new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return PrintPage.of("The whole guide, to print", rendered, articles);
    }

    private static Views.Site site(Guide guide, boolean pdfs) {
        GuideInfo info = guide.info();
        List<Views.NavPart> parts = new java.util.ArrayList<>();
        for (int i = 0; i < guide.parts().size(); i++) {
            parts.add(navPart(i + 1, guide.parts().get(i)));
        }
        String version = Optional.ofNullable(SiteRenderer.class.getPackage().getImplementationVersion()).orElse("dev");
        return new Views.Site(info.title(), info.subtitle().orElse(""), info.language(), info.authors(),
                info.licence().orElse(""), info.repository().orElse(""), parts, version, info.baseUrl().orElse(""),
                pdfs, StudyViews.hasThemes(guide.chapters()), StudyViews.hasExam(guide.chapters()));
    }

    private static Views.NavPart navPart(int number, Part part) {
        return new Views.NavPart(RomanNumerals.of(number), part.title(), part.chapters().stream()
                .map(c -> new Views.NavChapter(c.id(), c.title(), Urls.of(Ref.Kind.CHAPTER, c.id()), c.summary()))
                .toList());
    }

    /**
     * Renders one page through its template and the HTML passes into the site's files. The 404 page
     * is served at whatever address was missing, so with a known base path its links start from it.
     */
    private record PageWriter(Templates templates, Views.Site site, ChapterNav nav, Optional<String> basePath,
            Map<String, byte[]> files, Diagnostics diagnostics, Optional<Map<String, Passed>> passed) {
        void write(String path, String template, Object page) {
            render(path, template, page).ifPresent(p -> files.put(p.path(), p.bytes()));
        }

        /** Renders without storing, so that pages can be rendered on several threads. */
        Optional<RenderedPage> render(String path, String template, Object page) {
            Map<String, Object> model = Map.of("site", site, "page", page, "path", "/" + path,
                    "nav", nav.forPage("/" + path));
            return templates.render(template, model, diagnostics).map(html -> new RenderedPage(path, passes(path, html)));
        }

        private byte[] passes(String path, String html) {
            Optional<String> base = path.equals(Urls.NOT_FOUND) ? basePath : Optional.empty();
            if (passed.isEmpty()) {
                return PagePasses.apply(html, path, base);
            }
            Passed last = passed.get().get(path);
            if (last != null && last.html().equals(html) && last.basePath().equals(base)) {
                return last.bytes();
            }
            byte[] bytes = PagePasses.apply(html, path, base);
            passed.get().put(path, new Passed(html, base, bytes));
            return bytes;
        }
    }

    /** A page's template output and the bytes the HTML passes made of it. */
    private record Passed(String html, Optional<String> basePath, byte[] bytes) {
    }

    /** One finished page. */
    private record RenderedPage(String path, byte[] bytes) {
    }
}
