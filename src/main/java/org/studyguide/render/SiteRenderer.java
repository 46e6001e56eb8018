package org.studyguide.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.markdown.RefResolver;
import org.studyguide.model.Guide;
import org.studyguide.model.GuideInfo;
import org.studyguide.model.Part;
import org.studyguide.model.Ref;

/**
 * The render stage: every page of the site through its Freemarker template, plus the assets, in
 * memory. A renderer made {@link #forRebuilds} (the preview server keeps one) runs the HTML passes
 * only over pages whose template output changed since its last render.
 */
public final class SiteRenderer {
    private final Templates templates;
    private final Optional<Path> userTemplates;
    private final Optional<Map<String, PageWriter.Passed>> passed;
    private final PageCache cache;

    /** A renderer using the templates in {@code userTemplates} over the built-in ones. */
    public SiteRenderer(Optional<Path> userTemplates) {
        this(userTemplates, PageCache.none());
    }

    /** A renderer that takes finished pages from {@code cache} and keeps them there (see {@link PageCache}). */
    public SiteRenderer(Optional<Path> userTemplates, PageCache cache) {
        this(userTemplates, Optional.empty(), cache);
    }

    private SiteRenderer(Optional<Path> userTemplates, Optional<Map<String, PageWriter.Passed>> passed,
            PageCache cache) {
        this.userTemplates = userTemplates;
        this.templates = new Templates(userTemplates);
        this.passed = passed;
        this.cache = cache;
    }

    /** A renderer that remembers its pages, to render the same guide again and again more quickly. */
    public static SiteRenderer forRebuilds(Optional<Path> userTemplates) {
        return new SiteRenderer(userTemplates, Optional.of(new ConcurrentHashMap<>()), PageCache.none());
    }

    /**
     * Renders the whole site, with links to the PDFs only when {@code pdfs} (the preview server
     * leaves the PDFs out, and so the links to them); template errors are reported and their pages
     * left out.
     */
    public SiteFiles render(LinkedGuide linked, boolean pdfs, Diagnostics diagnostics) {
        return render(linked, pdfs, diagnostics, page -> { });
    }

    /**
     * Renders the whole site like {@link #render(LinkedGuide, boolean, Diagnostics)}, handing every
     * page to {@code onPassed} as soon as its HTML passes are done (on several threads at once), so
     * that the check stage can read each page's tree without parsing it again or keeping it.
     */
    public SiteFiles render(LinkedGuide linked, boolean pdfs, Diagnostics diagnostics, Consumer<PassedPage> onPassed) {
        return render(linked, pdfs, diagnostics, onPassed, new ConcurrentSkipListMap<>());
    }

    /**
     * Renders the whole site like {@link #render(LinkedGuide, boolean, Diagnostics, Consumer)} into
     * {@code files}, which may be {@link StagedFiles}: every page is then written to the staging
     * folder as soon as it is made, instead of being held until the site is published. The pages are
     * made on several threads, so {@code files} must take puts from several threads at once.
     */
    public SiteFiles render(LinkedGuide linked, boolean pdfs, Diagnostics diagnostics, Consumer<PassedPage> onPassed,
            Map<String, byte[]> files) {
        GuideLookup lookup = new GuideLookup(linked.guide());
        MarkdownHtml markdown = new MarkdownHtml(linked, lookup);
        EntryViews entries = new EntryViews(linked, lookup, markdown);
        Views.Site site = site(linked.guide(), pdfs);
        PageWriter pages = new PageWriter(templates, site, Urls.basePath(linked.guide().info().baseUrl()), files,
                diagnostics, passed, onPassed, cache);
        ChapterViews chapters = new ChapterViews(linked, lookup, markdown, cache.bodies());
        PeopleViews people = new PeopleViews(linked, lookup, markdown, entries);
        StudyViews study = new StudyViews(linked, lookup, markdown);
        SelfTestViews selfTest = new SelfTestViews(linked.guide(), lookup, markdown);
        MadeFiles made = cache.made();
        // The pages and files are independent of one another: made in parallel (see ChapterPages).
        List<Runnable> others = new ArrayList<>(List.of(
                () -> pages.write("index.html", "index.ftlh", new Views.HomePage(site.title(),
                        linked.guide().info().introduction().map(markdown::html).orElse(""))),
                () -> pages.write("glossary.html", "glossary.ftlh", entries.glossary()),
                () -> pages.write("quotes.html", "quotes.ftlh", entries.quotes()),
                () -> pages.write("sources.html", "sources.ftlh", entries.sources()),
                () -> pages.write("timeline.html", "timeline.ftlh", new TimelineViews(linked, lookup, markdown).page()),
                () -> pages.write("people.html", "people.ftlh", people.people()),
                () -> pages.write("key-quotations.html", "key-quotations.ftlh", people.keyQuotations()),
                () -> files.putAll(Assets.collect(userTemplates, diagnostics)),
                () -> Bibliography.addTo(files, linked.guide().sources()),
                () -> {
                    List<TermsScript.Entry> terms = TermsScript.terms(linked.guide(), markdown);
                    List<TermsScript.Entry> persons = TermsScript.people(linked.guide(), markdown);
                    files.put(TermsScript.PATH, made.of(TermsScript.PATH, List.of(terms, persons),
                            () -> TermsScript.of(terms, persons)));
                },
                () -> pages.write(Urls.NOT_FOUND, "404.ftlh", new Views.NotFoundPage("Page not found")),
                () -> {
                    SelfTestPages.FlashcardsPage cards = selfTest.flashcards();
                    pages.write(SelfTestViews.FLASHCARDS, "flashcards.ftlh", cards);
                    files.put(AnkiCsv.FILE, made.of(AnkiCsv.FILE, List.of(site.title(), cards.cards()),
                            () -> AnkiCsv.of(site.title(), cards.cards())));
                },
                () -> pages.write(SelfTestViews.QUIZ, "quiz.ftlh", selfTest.quiz())));
        if (site.themes()) {
            others.add(() -> pages.write(StudyViews.THEMES, "themes.ftlh", study.themes()));
        }
        if (site.exam()) {
            others.add(() -> pages.write(StudyViews.EXAM, "exam.ftlh", study.exam()));
        }
        // The search index is made from what the chapters' views gave of their entries.
        ChapterPages.write(pages, chapters, site.parts(), searched -> {
            List<SearchDocument> documents = new SearchDocuments(linked.guide(), lookup, markdown).all(searched,
                    site.themes() ? study.themes() : new StudyPages.ThemesPage("", List.of(), List.of()));
            files.put(SearchIndex.FILE, made.of(SearchIndex.FILE, documents, () -> SearchIndex.script(documents)));
        }, others);
        PagesFiles.addTo(files, linked.guide().info());
        return files instanceof StagedFiles staged ? SiteFiles.of(staged) : SiteFiles.of(files);
    }

    /**
     * Only the pages of the chapters {@code ids}, exactly as {@link #render} makes them (as published,
     * without source marks), keyed by their paths; a page whose template failed is left out. Each
     * page's tree goes to {@code onPassed}, as in {@link #render}. The preview serves an edited
     * chapter's page with this before it renders the rest of the site. The pages are always passed
     * anew (not taken from the pages this renderer remembers), so that the full render that follows
     * hands them to its own checker too.
     */
    public Map<String, byte[]> chapterPages(LinkedGuide linked, boolean pdfs, Set<String> ids,
            Diagnostics diagnostics, Consumer<PassedPage> onPassed) {
        GuideLookup lookup = new GuideLookup(linked.guide());
        Views.Site site = site(linked.guide(), pdfs);
        Map<String, byte[]> files = new ConcurrentSkipListMap<>();
        PageWriter pages = new PageWriter(templates, site, Urls.basePath(linked.guide().info().baseUrl()), files,
                diagnostics, Optional.empty(), onPassed, PageCache.none());
        new ChapterViews(linked, lookup, new MarkdownHtml(linked, lookup)).pages(ids::contains).parallelStream()
                .map(ChapterViews.Made::page)
                .forEach(chapter -> pages.write(Urls.chapterFile(chapter.id()), "chapter.ftlh", chapter));
        return files;
    }

    /**
     * For the link stage, which renders each chapter's body as it parses it (see
     * {@link org.studyguide.link.EarlyBodies}): the resolver {@link #render} renders bodies with.
     */
    public static RefResolver bodyResolver(LinkedGuide others) {
        return new MarkdownHtml(others, new GuideLookup(others.guide())).withExplanations();
    }

    /** The cache this renderer takes finished pages from. */
    public PageCache cache() {
        return cache;
    }

    private static Views.Site site(Guide guide, boolean pdfs) {
        GuideInfo info = guide.info();
        List<Views.NavPart> parts = new ArrayList<>();
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
}
