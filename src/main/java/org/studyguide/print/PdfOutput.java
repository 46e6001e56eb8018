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
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.studyguide.cache.ContentCache;
import org.studyguide.diag.Diagnostics;
import org.studyguide.load.InsideFolder;
import org.studyguide.model.Chapter;
import org.studyguide.model.Guide;
import org.studyguide.model.Markdown;
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
     * Starts taking the fingerprint of the code that lays PDFs out on a thread of its own, for a
     * build that will look its PDFs up in a cache: the stage that needs it then finds it taken
     * (or waits for it) instead of taking it after every page is rendered.
     */
    public static void prepareCache() {
        Thread thread = new Thread(PdfKeys::generator, "pdf-code-fingerprint");
        thread.setDaemon(true);
        thread.start();
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
        ownStylesheet.ifPresent(file -> warnTargetCounter(file, css, diagnostics));
        BookOutline outline = BookOutline.of(guide);
        SiteFiles pages = only(site, PdfBook.pagesRead(outline));
        PdfStore store = new PdfStore(cache, outline, pages, css);
        Optional<Map<String, byte[]>> stored = store.findBook();
        if (stored.isPresent()) {
            return new Added(site.with(stored.get()), stored.get().size(), 0);
        }
        try (PdfPool pool = new PdfPool(outline.paper(), outline.language())) {
            PdfBook book = new PdfBook(outline, pages, css);
            Position guidePosition = Position.ofFile(guideFile);
            // The whole guide's pieces first: together they are the longest to lay out.
            PdfPieces pieces = new PdfPieces(book.whole(), css);
            GuidePdf whole = new GuidePdf(pieces, store, pool, outline.paper(), outline.language());
            List<Job> jobs = new ArrayList<>();
            List<Chapter> chapters = guide.chapters();
            for (int i = 0; i < chapters.size(); i++) {
                Chapter chapter = chapters.get(i);
                jobs.add(start(new Job(book.chapter(outline.chapters().get(i)), chapter.position(),
                        c -> where(chapter, c)), store, pool));
            }
            // A stored PDF passed this check when it was laid out: its key covers the text and the fonts.
            PdfGlyphs glyphs = new PdfGlyphs(PdfFonts.get());
            jobs.stream().filter(job -> job.stored().isEmpty()).forEach(job -> glyphs.check(job.text(),
                    job.document().path(), job.characterPosition(), diagnostics));
            if (whole.laysOut()) {
                glyphs.check(PdfGlyphs.textOf(pieces.whole()), PdfBook.GUIDE_PDF, c -> guidePosition, diagnostics);
            }
            if (diagnostics.hasErrors()) {
                return new Added(site, 0, 0);
            }
            Map<String, byte[]> pdfs = new TreeMap<>();
            boolean clean = true;
            int laidOut = 0;
            Optional<GuidePdf.Result> joined = joined(whole, guidePosition, diagnostics);
            if (joined.isPresent()) {
                GuidePdf.Result result = joined.get();
                result.problems().forEach(problem -> diagnostics.error(guidePosition,
                        "PDF " + PdfBook.GUIDE_PDF + ": " + problem, "check pdf.css and the chapter's HTML"));
                result.pdf().ifPresent(pdf -> pdfs.put(PdfBook.GUIDE_PDF, pdf));
                clean &= result.pdf().isPresent();
            } else {
                clean = false;
            }
            for (Job job : jobs) {
                if (job.stored().isPresent()) {
                    pdfs.put(job.document().path(), job.stored().get());
                    continue;
                }
                laidOut++;
                Optional<PdfRenderer.Rendered> done = laidOut(job, diagnostics);
                if (done.isEmpty()) {
                    clean = false;
                    continue;
                }
                PdfRenderer.Rendered rendered = done.get();
                List<String> problems = rendered.problems();
                problems.forEach(problem -> diagnostics.error(job.position(),
                        "PDF " + job.document().path() + ": " + problem, "check pdf.css and the chapter's HTML"));
                pdfs.put(job.document().path(), rendered.bytes());
                if (problems.isEmpty()) {
                    store.keep(job.document(), rendered.bytes());
                }
                clean &= problems.isEmpty();
            }
            if (clean) {
                store.keepBook();
            }
            cache.trim();
            // The whole guide counts as laid out when any of its pieces was.
            int piecesLaidOut = joined.map(GuidePdf.Result::laidOut).orElse(0);
            int guideLaidOut = piecesLaidOut > 0 ? 1 : 0;
            return new Added(site.with(pdfs), jobs.size() + 1 - laidOut - guideLaidOut, laidOut + guideLaidOut,
                    whole.pieces(), piecesLaidOut);
        }
    }

    /**
     * The whole guide's PDF joined from its pieces, or empty, with an error at guide.yml, when a
     * piece failed to lay out (see {@link #laidOut}).
     */
    private static Optional<GuidePdf.Result> joined(GuidePdf whole, Position position, Diagnostics diagnostics) {
        try {
            return Optional.of(whole.join());
        } catch (RuntimeException e) {
            diagnostics.error(position, "PDF " + PdfBook.GUIDE_PDF + " could not be laid out: the PDF library"
                    + " failed on the guide's HTML", "look for form controls (textarea, input, select) or"
                    + " other unusual HTML in your templates and pdf.css, or set pdf: false in guide.yml");
            return Optional.empty();
        }
    }

    /**
     * The job's PDF once laid out, or empty, with an error at its source, when the layout failed:
     * some HTML (a form control such as a text area in a guide's own template) makes openhtmltopdf
     * fail where it should have reported a problem, and a guide must never crash the build.
     */
    private static Optional<PdfRenderer.Rendered> laidOut(Job job, Diagnostics diagnostics) {
        try {
            return Optional.of(PdfPool.await(job.rendering()));
        } catch (RuntimeException e) {
            diagnostics.error(job.position(), "PDF " + job.document().path() + " could not be laid out: the PDF"
                    + " library failed on this page's HTML", "look for form controls (textarea, input, select) or"
                    + " other unusual HTML in your templates and pdf.css, or set pdf: false in guide.yml");
            return Optional.empty();
        }
    }

    /**
     * The job with its PDF from the cache, or else with its text to check and its rendering started.
     * Once it renders, only its renderer reads the document.
     */
    private static Job start(Job job, PdfStore store, PdfPool pool) {
        Optional<byte[]> stored = store.find(job.document());
        if (stored.isPresent()) {
            return job.stored(stored.get());
        }
        String text = PdfGlyphs.textOf(job.document());
        return job.rendering(text, pool.render(job.document()));
    }

    private static SiteFiles only(SiteFiles site, List<String> paths) {
        Map<String, byte[]> files = new TreeMap<>();
        paths.stream().filter(site::contains).forEach(path -> files.put(path, site.files().get(path)));
        return SiteFiles.of(files);
    }

    /**
     * The site with its PDFs, and how many came from the cache and how many were laid out.
     *
     * @param site    the site with its PDFs
     * @param reused             PDFs taken from the cache
     * @param laidOut            PDFs laid out by openhtmltopdf, the whole guide's when any of its pieces was
     * @param guidePieces        the pieces the whole guide's PDF was joined from (0 when it came whole from the cache)
     * @param guidePiecesLaidOut those of them laid out in this build
     */
    public record Added(SiteFiles site, int reused, int laidOut, int guidePieces, int guidePiecesLaidOut) {
        Added(SiteFiles site, int reused, int laidOut) {
            this(site, reused, laidOut, 0, 0);
        }

        /**
         * For {@code --timings}, such as "13 from the cache, 2 laid out (guide.pdf: 1 of 17 pieces)":
         * how many of the whole guide's pieces were laid out, when it was joined from them.
         */
        public String summary() {
            return reused + " from the cache, " + laidOut + " laid out"
                    + (guidePieces == 0 ? "" : " (guide.pdf: " + guidePiecesLaidOut + " of " + guidePieces + " pieces)");
        }
    }

    /**
     * A warning at the first {@code target-counter()} of a guide's own pdf.css: it finds pages only
     * within one piece of the whole guide's PDF, so contents numbered with it would come out blank.
     */
    private static void warnTargetCounter(Path file, String css, Diagnostics diagnostics) {
        int at = css.indexOf("target-counter(");
        if (at >= 0) {
            // The offset-to-line-and-column mapping of Markdown texts serves any text that starts a file.
            Position where = Markdown.at(css, new Position(file, 1, 1)).positionOf(at);
            diagnostics.warning(where, "target-counter() finds pages only within one"
                    + " chapter: the whole guide's PDF is laid out a chapter at a time, so a page number in its"
                    + " contents would be blank", Optional.of("number the contents with attr(data-page), as the"
                    + " built-in pdf.css does: content: leader('.') attr(data-page)"));
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
     * A document to render, where its problems are reported, where a character it uses comes from,
     * and then its PDF from the cache, or its text (for the glyph check) and its rendering under way.
     */
    private record Job(PdfDocument document, Position position, IntFunction<Position> characterPosition,
            Optional<byte[]> stored, String text, Future<PdfRenderer.Rendered> rendering) {
        Job(PdfDocument document, Position position, IntFunction<Position> characterPosition) {
            this(document, position, characterPosition, Optional.empty(), "", null);
        }

        Job stored(byte[] pdf) {
            return new Job(document, position, characterPosition, Optional.of(pdf), "", null);
        }

        Job rendering(String checkedText, Future<PdfRenderer.Rendered> started) {
            return new Job(document, position, characterPosition, Optional.empty(), checkedText, started);
        }
    }
}
