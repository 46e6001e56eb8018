package org.studyguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.studyguide.parallel.Workers;
import org.studyguide.print.PrintArticles;
import org.studyguide.print.PrintPage;

/**
 * The chapter pages and the print pages made of their articles. A guide of up to
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
     * Renders the chapters (in parallel) and the print pages into {@code pages}' site; each chapter
     * page takes its body's tree from {@code bodies} when it is kept there.
     */
    static void write(PageWriter pages, List<Views.ChapterPage> chapters, List<Views.NavPart> parts,
            ChapterBodies bodies) {
        if (chapters.size() <= PrintPage.ONE_PAGE_UP_TO) {
            List<PrintPage.Part> contents = parts.stream().map(part -> contents(part, "", c -> c.url())).toList();
            PrintArticles articles = render(pages, chapters, bodies);
            pages.write(PrintPage.FILE, "print.ftlh", new PrintPage(TITLE, contents, articles.chapters(), false),
                    articles::insert);
            return;
        }
        Map<String, Views.ChapterPage> byId = chapters.stream()
                .collect(Collectors.toMap(Views.ChapterPage::id, Function.identity()));
        List<PrintPage.Part> contents = new ArrayList<>();
        // Each part's print page is made while the next part's chapters render: a print page is one
        // large page, made on one thread, which would otherwise leave the other cores idle.
        Runnable printPrevious = () -> { };
        for (int i = 0; i < parts.size(); i++) {
            Views.NavPart part = parts.get(i);
            String file = PrintPage.partFile(i + 1);
            List<Views.ChapterPage> inPart = part.chapters().stream().map(c -> byId.get(c.id()))
                    .filter(Objects::nonNull).toList();
            String title = "Part " + part.numeral() + ": " + part.title() + ", to print";
            AtomicReference<PrintArticles> articles = new AtomicReference<>();
            Workers.runAll(List.of(() -> articles.set(render(pages, inPart, bodies)), printPrevious));
            printPrevious = () -> pages.write(file, "print.ftlh", new PrintPage(title,
                    List.of(contents(part, "", c -> c.url())), articles.get().chapters(), true), articles.get()::insert);
            contents.add(contents(part, "/" + file, c -> "/" + file + "#" + c.id()));
        }
        printPrevious.run();
        pages.write(PrintPage.FILE, "print.ftlh", new PrintPage(TITLE, contents, List.of(), false));
    }

    /** Renders chapter pages in parallel, stores them in path order and returns their articles. */
    private static PrintArticles render(PageWriter pages, List<Views.ChapterPage> chapters, ChapterBodies bodies) {
        List<Optional<PageWriter.Finished>> finished = chapters.parallelStream()
                .map(chapter -> pages.render(Urls.chapterFile(chapter.id()), "chapter.ftlh", chapter,
                        Optional.of(chapter.id()), bodies.parser(chapter.id())))
                .toList();
        List<Element> articles = new ArrayList<>();
        for (Optional<PageWriter.Finished> page : finished) {
            page.ifPresent(done -> {
                pages.store(done);
                articles.add(done.article().orElseThrow());
            });
        }
        return new PrintArticles(articles);
    }

    private static PrintPage.Part contents(Views.NavPart part, String url, Function<Views.NavChapter, String> where) {
        return new PrintPage.Part(part.numeral(), part.title(), url,
                part.chapters().stream().map(c -> new PrintPage.Entry(c.title(), where.apply(c))).toList());
    }
}
