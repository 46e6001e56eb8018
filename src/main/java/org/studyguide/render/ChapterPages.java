package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.studyguide.parallel.Workers;
import org.studyguide.print.PrintPage;

/**
 * The chapter pages and the print pages made of their articles. Each chapter's page view is made
 * just before its page, whose parse then takes the view's body tree (see {@link BodyInsert}), so
 * that a tree is held for one page only. A guide of up to
 * {@value PrintPage#ONE_PAGE_UP_TO} chapters gets one {@code print.html}; a larger one is rendered
 * part by part, each part's chapter pages and then its print page, so that only one part's articles
 * (and the previous part's, whose print page is being made) are held at a time, and
 * {@code print.html} lists the parts' print pages.
 */
final class ChapterPages {
    private static final String TITLE = "The whole guide, to print";

    private ChapterPages() {
    }

    /**
     * Renders the chapters (in parallel) and the print pages into {@code pages}' site, and hands what the
     * search index takes of the chapters, in reading order, to {@code whenMade} as soon as they are all made: it
     * runs while the last print page is made, which is one large page on one core. The {@code others}
     * (the site's other pages and files) run beside the chapters of a guide printed on one page, and
     * beside its last print page when printed part by part (whose parts' print pages keep a core
     * busy beside the next part's chapters until then).
     */
    static void write(PageWriter pages, ChapterViews views, List<Views.NavPart> parts,
            Consumer<List<SearchDocuments.ChapterEntries>> whenMade, List<Runnable> others) {
        List<ChapterViews.Slot> chapters = views.slots(id -> true);
        List<SearchDocuments.ChapterEntries> made = new ArrayList<>();
        if (chapters.size() <= PrintPage.ONE_PAGE_UP_TO) {
            List<PrintPage.Part> contents = parts.stream().map(part -> contents(part, "", c -> c.url())).toList();
            PrintPlace place = PrintPlace.of(PrintPage.FILE, ids(chapters));
            Workers.runAll(withOthers(others, () -> {
                List<PrintArticle> articles = render(pages, views, chapters, place, made);
                Workers.runAll(List.of(() -> pages.writePrint(PrintPage.FILE, new PrintPage(TITLE, contents,
                        PrintArticle.chapters(articles), false), articles), () -> whenMade.accept(made)));
            }));
            return;
        }
        Map<String, ChapterViews.Slot> byId = chapters.stream()
                .collect(Collectors.toMap(slot -> slot.chapter().id(), Function.identity()));
        List<PrintPage.Part> contents = new ArrayList<>();
        // Each part's print page is made while the next part's chapters render: a print page is one
        // large page, made on one thread, which would otherwise leave the other cores idle.
        Runnable printPrevious = () -> { };
        for (int i = 0; i < parts.size(); i++) {
            Views.NavPart part = parts.get(i);
            String file = PrintPage.partFile(i + 1);
            List<ChapterViews.Slot> inPart = part.chapters().stream().map(c -> byId.get(c.id()))
                    .filter(Objects::nonNull).toList();
            String title = "Part " + part.numeral() + ": " + part.title() + ", to print";
            PrintPlace place = PrintPlace.of(file, ids(inPart));
            AtomicReference<List<PrintArticle>> articles = new AtomicReference<>();
            Workers.runAll(List.of(() -> articles.set(render(pages, views, inPart, place, made)), printPrevious));
            printPrevious = () -> pages.writePrint(file, new PrintPage(title, List.of(contents(part, "", c -> c.url())),
                    PrintArticle.chapters(articles.get()), true), articles.get());
            contents.add(contents(part, "/" + file, c -> "/" + file + "#" + c.id()));
        }
        Workers.runAll(withOthers(others, printPrevious, () -> whenMade.accept(made),
                () -> pages.write(PrintPage.FILE, "print.ftlh", new PrintPage(TITLE, contents, List.of(), false))));
    }

    /** {@code first}, then {@code others}: the tasks of one {@link Workers#runAll}, the largest first. */
    private static List<Runnable> withOthers(List<Runnable> others, Runnable... first) {
        List<Runnable> tasks = new ArrayList<>(List.of(first));
        tasks.addAll(others);
        return tasks;
    }

    /**
     * Makes the chapters' views and renders and stores their pages in parallel, a chapter at a time
     * (a page is written to the staging folder as it is stored: done in the loop that follows, the
     * writes kept one core busy and the other idle for a sixth of a 500-chapter build), adds the
     * views' search entries to {@code made} in reading order and returns the pages' articles.
     */
    private static List<PrintArticle> render(PageWriter pages, ChapterViews views, List<ChapterViews.Slot> chapters,
            PrintPlace place, List<SearchDocuments.ChapterEntries> made) {
        List<Rendered> rendered = Workers.map(chapters, slot -> render(pages, views.page(slot), place));
        List<PrintArticle> articles = new ArrayList<>();
        for (Rendered chapter : rendered) {
            made.add(chapter.searched());
            chapter.page().ifPresent(done -> articles.add(done.article().orElseThrow()));
        }
        return articles;
    }

    /**
     * Renders and stores a chapter's page, whose parse takes the body's tree from its view, and its
     * article for the print page at {@code place}.
     */
    private static Rendered render(PageWriter pages, ChapterViews.WithBody view, PrintPlace place) {
        Views.ChapterPage chapter = view.made().page();
        Optional<PageWriter.Finished> page = pages.render(Urls.chapterFile(chapter.id()), "chapter.ftlh", chapter,
                Optional.of(new PrintPlace.Article(chapter.id(), place)),
                html -> BodyInsert.parse(html, chapter.bodyHtml(), view.body()));
        page.ifPresent(pages::store);
        return new Rendered(view.made().searched(), page);
    }

    private static List<String> ids(List<ChapterViews.Slot> chapters) {
        return chapters.stream().map(slot -> slot.chapter().id()).toList();
    }

    /** A chapter's search entries and its page, unless its template failed. */
    private record Rendered(SearchDocuments.ChapterEntries searched, Optional<PageWriter.Finished> page) {
    }

    private static PrintPage.Part contents(Views.NavPart part, String url, Function<Views.NavChapter, String> where) {
        return new PrintPage.Part(part.numeral(), part.title(), url,
                part.chapters().stream().map(c -> new PrintPage.Entry(c.title(), where.apply(c))).toList());
    }
}
