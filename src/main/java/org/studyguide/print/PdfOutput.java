package org.studyguide.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.InsideFolder;
import org.studyguide.model.Chapter;
import org.studyguide.model.Guide;
import org.studyguide.model.Position;
import org.studyguide.render.SiteFiles;

/**
 * The PDF step of the render stage: from the rendered site, a PDF per chapter
 * ({@code pdf/<chapter>.pdf}) and one of the whole guide ({@code pdf/guide.pdf}), added to the
 * site's files. A PDF laid out before from the same input comes from the cache ({@link PdfStore});
 * the others are rendered in parallel, one renderer per thread, and their results taken in a fixed
 * order, so that the output and the diagnostics do not depend on which thread finished first.
 */
public final class PdfOutput {
    private static final String STYLESHEET = "pdf.css";

    private PdfOutput() {
    }

    /**
     * The site with its PDFs added, without a cache. A character the fonts cannot show, or a
     * problem openhtmltopdf reports, is an error at the chapter (or {@code guide.yml}) it comes from.
     *
     * @param userTemplates the guide's templates folder, whose {@code pdf.css} overrides the built-in one
     */
    public static SiteFiles addTo(SiteFiles site, Guide guide, Path guideFile, Optional<Path> userTemplates,
            Diagnostics diagnostics) {
        return addTo(site, guide, guideFile, userTemplates, ContentCache.none(), diagnostics).site();
    }

    /**
     * The site with its PDFs added, each taken from {@code cache} when it holds one laid out from
     * exactly the same input, else laid out (in parallel) and stored there. The bytes are the same either way.
     */
    public static Added addTo(SiteFiles site, Guide guide, Path guideFile, Optional<Path> userTemplates,
            ContentCache cache, Diagnostics diagnostics) {
        Optional<Path> ownStylesheet = userTemplates.map(dir -> dir.resolve(STYLESHEET)).filter(Files::isRegularFile);
        if (ownStylesheet.isPresent() && !InsideFolder.contains(userTemplates.get(), ownStylesheet.get())) {
            diagnostics.error(Position.ofFile(ownStylesheet.get()), "pdf.css leads outside the templates folder"
                    + " (a symbolic link?)", "copy the stylesheet into the templates folder instead of linking to it");
            return new Added(site, 0, 0);
        }
        String css = stylesheet(ownStylesheet);
        SiteFiles pages = only(site, PdfBook.pagesRead(guide));
        PdfStore store = new PdfStore(cache, guide, pages, css);
        Optional<Map<String, byte[]>> stored = store.findBook();
        if (stored.isPresent()) {
            return new Added(with(site, stored.get()), stored.get().size(), 0);
        }
        PdfBook book = new PdfBook(guide, pages, css);
        List<Job> jobs = new ArrayList<>();
        Position guidePosition = Position.ofFile(guideFile);
        jobs.add(new Job(book.whole(), guidePosition, c -> guidePosition));
        for (Chapter chapter : guide.chapters()) {
            jobs.add(new Job(book.chapter(chapter), chapter.position(), c -> where(chapter, c)));
        }
        Map<String, byte[]> pdfs = new TreeMap<>();
        List<Job> toRender = new ArrayList<>();
        for (Job job : jobs) {
            store.find(job.document()).ifPresentOrElse(pdf -> pdfs.put(job.document().path(), pdf),
                    () -> toRender.add(job));
        }
        // A stored PDF passed this check when it was laid out: its key covers the text and the fonts.
        checkGlyphs(toRender, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Added(site, 0, 0);
        }
        boolean clean = true;
        for (Rendered rendered : renderAll(toRender, guide)) {
            List<String> problems = rendered.result().problems();
            problems.forEach(problem -> diagnostics.error(rendered.job().position(),
                    "PDF " + rendered.job().document().path() + ": " + problem, "check pdf.css and the chapter's HTML"));
            pdfs.put(rendered.job().document().path(), rendered.result().bytes());
            if (problems.isEmpty()) {
                store.keep(rendered.job().document(), rendered.result().bytes());
            }
            clean &= problems.isEmpty();
        }
        if (clean) {
            store.keepBook();
        }
        cache.trim();
        return new Added(with(site, pdfs), jobs.size() - toRender.size(), toRender.size());
    }

    /** Each character is reported once, at the first chapter using it, else at guide.yml. */
    private static void checkGlyphs(List<Job> jobs, Diagnostics diagnostics) {
        PdfGlyphs glyphs = new PdfGlyphs(PdfFonts.get());
        jobs.stream().filter(job -> !job.document().path().equals(PdfBook.GUIDE_PDF))
                .forEach(job -> glyphs.check(job.document(), job.characterPosition(), diagnostics));
        jobs.stream().filter(job -> job.document().path().equals(PdfBook.GUIDE_PDF))
                .forEach(job -> glyphs.check(job.document(), job.characterPosition(), diagnostics));
    }

    private static SiteFiles only(SiteFiles site, List<String> paths) {
        Map<String, byte[]> files = new TreeMap<>();
        paths.stream().filter(site::contains).forEach(path -> files.put(path, site.files().get(path)));
        return SiteFiles.of(files);
    }

    private static SiteFiles with(SiteFiles site, Map<String, byte[]> pdfs) {
        Map<String, byte[]> files = new TreeMap<>(site.files());
        files.putAll(pdfs);
        return SiteFiles.of(files);
    }

    /**
     * The site with its PDFs, and how many came from the cache and how many were laid out.
     *
     * @param site    the site with its PDFs
     * @param reused  PDFs taken from the cache
     * @param laidOut PDFs laid out by openhtmltopdf
     */
    public record Added(SiteFiles site, int reused, int laidOut) {
        /** For {@code --timings}, such as "14 from the cache, 1 laid out". */
        public String summary() {
            return reused + " from the cache, " + laidOut + " laid out";
        }
    }

    /** Renders on as many threads as there are processors; the whole guide, the longest, first. */
    private static List<Rendered> renderAll(List<Job> jobs, Guide guide) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "pdf");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PdfRenderer.Rendered>> futures = jobs.stream()
                    .map(job -> pool.submit(() -> PdfRenderer.render(job.document(), guide.info().paper())))
                    .toList();
            List<Rendered> rendered = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                rendered.add(new Rendered(jobs.get(i), await(futures.get(i))));
            }
            return rendered;
        } finally {
            pool.shutdownNow();
        }
    }

    private static PdfRenderer.Rendered await(Future<PdfRenderer.Rendered> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering PDFs", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("PDF rendering failed", e.getCause());
        }
    }

    /** The guide's own {@code pdf.css}, or else the built-in one. */
    private static String stylesheet(Optional<Path> own) {
        try {
            if (own.isPresent()) {
                return Files.readString(own.get(), StandardCharsets.UTF_8);
            }
            try (InputStream in = PdfOutput.class.getClassLoader()
                    .getResourceAsStream("org/studyguide/templates/" + STYLESHEET)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a character of a chapter first occurs in its Markdown, or else the chapter's file. */
    private static Position where(Chapter chapter, int codePoint) {
        int index = chapter.body().text().indexOf(Character.toString(codePoint));
        return index >= 0 ? chapter.body().positionOf(index) : chapter.position();
    }

    /**
     * A document to render, where its problems are reported, and where a character it uses
     * comes from.
     */
    private record Job(PdfDocument document, Position position, IntFunction<Position> characterPosition) {
    }

    /** A job and its result. */
    private record Rendered(Job job, PdfRenderer.Rendered result) {
    }
}
