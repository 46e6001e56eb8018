package org.studyguide.build;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.studyguide.cache.ContentCache;
import org.studyguide.check.SiteChecker;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.DiagnosticPrinter;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.link.Linker;
import org.studyguide.link.ParsedTexts;
import org.studyguide.load.ContentLoader;
import org.studyguide.load.LoadedGuide;
import org.studyguide.model.Guide;
import org.studyguide.model.Position;
import org.studyguide.parallel.Workers;
import org.studyguide.print.PdfOutput;
import org.studyguide.publish.PublishException;
import org.studyguide.publish.Publisher;
import org.studyguide.publish.Staging;
import org.studyguide.render.PageCache;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.SiteRenderer;
import org.studyguide.render.Urls;
import org.studyguide.verify.VerifiedQuotes;

/**
 * One build, read as the pipeline: load, link, render, check, publish. Problems from every stage
 * are collected; the site is published only when there are none.
 */
public final class GuideBuild {
    private GuideBuild() {
    }

    /**
     * Builds the guide and, when nothing failed, swaps it into the output folder.
     *
     * @throws PublishException when the output folder is refused or cannot be written
     */
    public static BuildResult build(BuildOptions options) throws PublishException {
        return build(options, BuildListener.NONE);
    }

    /**
     * As {@link #build(BuildOptions)}, telling {@code listener} which readings' texts it reads and
     * what it published.
     */
    static BuildResult build(BuildOptions options, BuildListener listener) throws PublishException {
        Publisher publisher = new Publisher();
        try (Staging staging = staging(publisher, options)) {
            Map<String, byte[]> files = staging != null ? staging.files() : new ConcurrentSkipListMap<>();
            Checked checked = loadAndCheck(options, oneBuild(options, true), Optional.empty(), true, files, listener);
            boolean publish = checked.site().isPresent() && !checked.diagnostics().hasErrors();
            if (publish && staging != null) {
                staging.publish(checked.site().get());
            } else if (publish) {
                publisher.publish(checked.site().get(), options.out(), protectedFolders(options));
            }
            if (publish) {
                checked.times().lap("publish");
            }
            BuildResult result = checked.result(publish);
            if (publish) {
                listener.published(result);
            }
            return result;
        } catch (UncheckedIOException e) {
            throw Staging.failed(options.out(), e);
        }
    }

    /**
     * The staging folder the pages are written to as they are rendered, so that a large site is not
     * held in memory; null when the output folder is refused, for the build to go on in memory
     * (reporting every problem in the guide) and then refuse it when publishing, as it did before.
     */
    private static Staging staging(Publisher publisher, BuildOptions options) {
        try {
            return publisher.stage(options.out(), protectedFolders(options));
        } catch (PublishException refusedForNow) {
            return null;
        }
    }

    /** Everything {@link #build} does except writing the site. */
    public static BuildResult check(BuildOptions options) {
        return loadAndCheck(options, oneBuild(options, false), Optional.empty(), false).result(false);
    }

    /**
     * Everything {@link #build} does except writing the site, with stages the caller keeps between
     * builds, and the rendered site: the preview server rebuilds this way and writes only what changed.
     */
    public static InMemory inMemory(BuildOptions options, WarmStages stages) {
        return inMemory(loadAndCheck(options, stages, Optional.empty(), false));
    }

    /**
     * As {@link #inMemory(BuildOptions, WarmStages)}, from the guide as the caller loaded and linked
     * it (without errors) with {@code stages}: the preview links each edit once, for its early pages
     * and for this build.
     */
    public static InMemory inMemory(BuildOptions options, WarmStages stages, Linked linked) {
        return inMemory(loadAndCheck(options, stages, Optional.of(linked), false));
    }

    private static InMemory inMemory(Checked checked) {
        return new InMemory(checked.result(false), checked.site().filter(s -> !checked.diagnostics().hasErrors()));
    }

    /**
     * A guide loaded and linked ahead of a build.
     *
     * @param loaded the guide as loaded
     * @param linked the guide as linked
     * @param found  what loading and linking it reported (no errors)
     */
    public record Linked(LoadedGuide loaded, LinkedGuide linked, List<Diagnostic> found) {
    }

    /** The folders a published site must stay apart from: the content and templates folders. */
    public static List<Path> protectedFolders(BuildOptions options) {
        return options.templates().map(t -> List.of(options.content(), t)).orElse(List.of(options.content()));
    }

    /**
     * A build held in memory.
     *
     * @param result what the build found; {@code published} is false
     * @param site   the checked site, present only when the build had no errors
     */
    public record InMemory(BuildResult result, Optional<SiteFiles> site) {
    }

    /**
     * The stages of one build, which keep nothing in memory for a next one but what they put in the
     * cache: the Markdown texts and finished pages (when there is a cache and {@code storeOutputs};
     * {@code check} only reads it), for the next build to read.
     */
    private static WarmStages oneBuild(BuildOptions options, boolean storeOutputs) {
        PageCache pages = options.cache().map(dir -> PageCache.in(ContentCache.in(dir, storeOutputs)))
                .orElse(PageCache.none());
        return new WarmStages(ParsedTexts.once(options.cache(), storeOutputs), new SiteRenderer(options.templates(), pages),
                SiteChecker.forOneBuild());
    }

    private static Checked loadAndCheck(BuildOptions options, WarmStages stages, Optional<Linked> prelinked,
            boolean storeOutputs) {
        return loadAndCheck(options, stages, prelinked, storeOutputs, new ConcurrentSkipListMap<>(),
                BuildListener.NONE);
    }

    /**
     * @param prelinked    the guide as the caller loaded and linked it, or empty to load and link it here
     * @param storeOutputs whether to add what was laid out to the cache ({@code check} writes nothing)
     * @param files        where the render stage puts the site's files (see {@link SiteRenderer#render})
     * @param listener     told which readings' texts the build reads, before it reads them
     */
    private static Checked loadAndCheck(BuildOptions options, WarmStages stages, Optional<Linked> prelinked,
            boolean storeOutputs, Map<String, byte[]> files, BuildListener listener) {
        StageTimes times = new StageTimes();
        Diagnostics diagnostics = new Diagnostics();
        prelinked.ifPresent(linked -> linked.found().forEach(diagnostics::add));
        Optional<LoadedGuide> loaded = prelinked.isPresent() ? prelinked.map(Linked::loaded)
                : ContentLoader.load(options.content(), diagnostics);
        Optional<Guide> guide = loaded.map(LoadedGuide::guide);
        if (prelinked.isEmpty()) {
            times.lap("load");
        }
        if (loaded.isEmpty()) {
            return new Checked(diagnostics, guide, Optional.empty(), Optional.empty(), times);
        }
        ContentCache outputs = options.cache().map(dir -> ContentCache.in(dir, storeOutputs)).orElse(ContentCache.none());
        boolean pdfs = options.pdfs() && guide.get().info().pdf();
        if (pdfs && options.cache().isPresent()) {
            PdfOutput.prepareCache();
        }
        Optional<String> basePath = Urls.basePath(guide.get().info().baseUrl());
        Rendered rendered = linkAndRender(loaded.get(), prelinked.map(Linked::linked), options, stages, pdfs, basePath,
                diagnostics, times, files, listener, outputs);
        SiteFiles site = rendered.site();
        Optional<Integer> verified = rendered.verified();
        if (!diagnostics.hasErrors() && pdfs) {
            PdfOutput.Added added = PdfOutput.addTo(site, guide.get(), options.content().resolve("guide.yml"),
                    options.templates(), outputs, diagnostics);
            site = added.site();
            times.lap("pdfs", options.cache().isPresent() ? added.summary() : "");
        }
        if (!diagnostics.hasErrors()) {
            stages.checker().check(site, basePath, options.out(), options.templates(), diagnostics);
            times.lap("check");
        }
        return new Checked(diagnostics, guide, Optional.of(site), verified, times);
    }

    /**
     * The link, verify and render stages (verify alongside render, its outcome kept in {@code outputs}),
     * in a method of their own so that the linked guide (every text's parse tree) can go once the pages
     * are rendered. The checker reads each page's tree as the renderer finishes it, so that no page is
     * parsed twice.
     */
    private static Rendered linkAndRender(LoadedGuide loaded, Optional<LinkedGuide> prelinked, BuildOptions options,
            WarmStages stages, boolean pdfs, Optional<String> basePath, Diagnostics diagnostics, StageTimes times,
            Map<String, byte[]> files, BuildListener listener, ContentCache outputs) {
        LinkedGuide linked = prelinked.orElseGet(() -> Linker.link(loaded, diagnostics, stages.texts(),
                Optional.of(SiteRenderer::bodyResolver)));
        if (prelinked.isEmpty()) {
            times.lap("link", stages.texts().found());
        }
        Guide guide = loaded.guide();
        listener.readingTexts(sourceTextsFolder(options, guide));
        // The quotations are verified on one core while the pages render on the others: neither
        // needs the other, and the verification alone would leave a core idle.
        AtomicReference<SiteFiles> rendered = new AtomicReference<>();
        AtomicReference<Optional<Integer>> verified = new AtomicReference<>(Optional.empty());
        AtomicLong verifyNanos = new AtomicLong();
        Workers.runAll(List.of(() -> rendered.set(stages.renderer().render(linked, pdfs, diagnostics,
                stages.checker().reader(basePath, options.out()), files)), () -> {
                    long start = System.nanoTime();
                    verified.set(sourceTexts(options, guide, diagnostics)
                            .map(dir -> VerifiedQuotes.verify(guide, dir, diagnostics, outputs)));
                    verifyNanos.set(System.nanoTime() - start);
                }));
        if (verified.get().isPresent()) {
            times.alongside("verify", Duration.ofNanos(verifyNanos.get()), "alongside render");
        }
        SiteFiles site = rendered.get();
        PageCache cache = stages.renderer().cache();
        cache.finish();
        times.lap("render", String.join("; ", Stream.of(stages.texts().keep(), cache.isOff() ? "" : cache.summary())
                .filter(note -> !note.isEmpty()).toList()));
        return new Rendered(site, verified.get());
    }

    /** What the render stage made, and how many quotations were verified (none without texts). */
    private record Rendered(SiteFiles site, Optional<Integer> verified) {
    }

    /**
     * The folder to verify quotations against: {@code --sources}, which must exist, or else
     * {@code sourceTexts} from guide.yml (relative to the content folder) when that folder exists.
     * A guide with quotations and no such folder gets a warning saying how to verify them.
     */
    private static Optional<Path> sourceTexts(BuildOptions options, Guide guide, Diagnostics diagnostics) {
        if (options.sources().isPresent()) {
            Path dir = options.sources().get();
            if (!Files.isDirectory(dir)) {
                diagnostics.error(Position.ofFile(dir), "source texts folder not found",
                        "--sources names a folder of the readings' plain texts, one <reading id>.txt each");
                return Optional.empty();
            }
            return Optional.of(dir);
        }
        Optional<Path> dir = sourceTextsFolder(options, guide);
        if (dir.filter(Files::isDirectory).isEmpty() && !guide.quotes().isEmpty()) {
            String why = dir.map(d -> "the sourceTexts folder " + DiagnosticPrinter.shown(d) + " does not exist")
                    .orElse("no texts of the readings were given");
            diagnostics.warning(dir.isPresent() ? guide.info().sourceTextsAt() : Position.ofFile(options.content().resolve("guide.yml")),
                    "the quotations were not verified: " + why,
                    Optional.of("to check each quotation word for word against its reading, put the readings'"
                            + " plain texts in a folder, one <reading id>.txt each, and build with --sources DIR"
                            + " or set 'sourceTexts: DIR' in guide.yml (relative to the content folder)"));
        }
        return dir.filter(Files::isDirectory);
    }

    /** The folder of readings' texts a build looks for: {@code --sources}, or {@code sourceTexts} from guide.yml. */
    private static Optional<Path> sourceTextsFolder(BuildOptions options, Guide guide) {
        return options.sources().or(() -> guide.info().sourceTexts().map(options.content()::resolve));
    }

    /** What the stages before publishing produced. */
    private record Checked(Diagnostics diagnostics, Optional<Guide> guide, Optional<SiteFiles> site,
            Optional<Integer> verified, StageTimes times) {
        BuildResult result(boolean published) {
            int pages = site.map(s -> (int) s.files().keySet().stream().filter(SiteFiles::isHtml).count()).orElse(0);
            int pdfs = site.map(s -> (int) s.files().keySet().stream().filter(p -> p.endsWith(".pdf")).count())
                    .orElse(0);
            return new BuildResult(diagnostics.sorted(), pages, pdfs,
                    guide.map(g -> g.chapters().size()).orElse(0),
                    guide.map(g -> g.terms().size()).orElse(0),
                    guide.map(g -> g.quotes().size()).orElse(0),
                    verified, published, times.elapsed(), times.stages());
        }
    }
}
