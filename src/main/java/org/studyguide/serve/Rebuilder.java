package org.studyguide.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.build.StageTimes;
import org.studyguide.build.WarmStages;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.publish.PublishException;
import org.studyguide.publish.Publisher;
import org.studyguide.publish.SiteUpdate;
import org.studyguide.render.SiteFiles;

/**
 * Keeps the published site in step with the guide while the preview runs. The first build
 * publishes the whole site as {@code build} does. After an edit, the guide is loaded and linked
 * once (unchanged files and Markdown texts are not parsed again); the {@link EarlyPages} write the
 * chapter pages that show the edit first, when they apply; then the same linked guide is rendered
 * and checked in full in memory by the warm JVM with {@link WarmStages} (unchanged pages are not
 * run through the HTML passes or parsed for the check again; the templates are read afresh only
 * when one changes), and only the files whose bytes changed are written; an asset change just
 * copies that asset. A build with errors writes nothing more, so the last good site (with any
 * early pages, which passed their own checks) stays served.
 */
final class Rebuilder {
    private final BuildOptions options;
    private final Path content;
    private final Optional<Path> templates;
    private WarmStages stages;
    private Optional<SiteFiles> published = Optional.empty();
    private final EarlyPages earlyPages = new EarlyPages();
    /** The guide as linked before the last good build: what the next edit is compared with. */
    private Optional<LinkedGuide> baseline = Optional.empty();
    private boolean failing;

    Rebuilder(BuildOptions options) {
        this.options = options;
        this.content = absolute(options.content());
        this.templates = options.templates().map(Rebuilder::absolute);
        this.stages = WarmStages.of(options.templates());
    }

    /** The folders whose changes the preview follows. */
    List<Path> watched() {
        return templates.map(t -> List.of(content, t)).orElse(List.of(content));
    }

    /** Refuses an output folder that {@code build} would refuse, before anything is served from it. */
    void requirePublishable() throws PublishException {
        Publisher.requirePublishable(options.out(), GuideBuild.protectedFolders(options));
    }

    /**
     * Drops what earlier builds left warm, after a build that failed part-way: the next build
     * starts afresh and publishes in full, so no half-updated state carries over.
     */
    void forget() {
        stages = WarmStages.of(options.templates());
        published = Optional.empty();
        baseline = Optional.empty();
        failing = true;
    }

    /** Builds the whole guide and publishes it. */
    Outcome buildAll() throws PublishException {
        long start = System.nanoTime();
        Optional<GuideBuild.Linked> linked = earlyPages.link(options, stages);
        return remembered(linked, build(start, linked, since(start)));
    }

    /**
     * Rebuilds after {@code changed} paths changed, or returns empty when none of them matters or
     * {@code settled} says the files are still being written. The guide is read at once and
     * {@code settled} asked only before anything read is written, so that the wait for the
     * folders to be quiet overlaps the work; when it is false, nothing is written and the caller
     * rebuilds with the later changes. When the {@link EarlyPages} apply, the chapter pages that
     * show the change are written first and {@code early} hears which, before the rest of the
     * site is built (from the same loaded and linked guide).
     */
    Optional<Outcome> rebuild(Set<Path> changed, BooleanSupplier settled, Consumer<SiteUpdate.Changes> early)
            throws PublishException {
        long start = System.nanoTime();
        Affected affected = Affected.of(changed, content, templates);
        if (affected.isNone()) {
            return Optional.empty();
        }
        if (affected.onlyAssets() && published.isPresent() && !failing) {
            return settled.getAsBoolean() ? Optional.of(copyAssets(affected.assets(), start)) : Optional.empty();
        }
        if (affected.templates()) {
            stages = stages.withNewTemplates(options.templates());
            baseline = Optional.empty();
        }
        Optional<GuideBuild.Linked> linked = earlyPages.link(options, stages);
        Duration linking = since(start);
        Optional<SiteFiles> earlySite = Optional.empty();
        if (baseline.isPresent() && linked.isPresent() && published.isPresent() && !failing) {
            earlySite = earlyPages.pages(options, stages, baseline.get(), linked.get().linked(), published.get());
        }
        if (!settled.getAsBoolean()) {
            return Optional.empty();
        }
        List<String> written = new ArrayList<>();
        Optional<Duration> served = Optional.empty();
        if (earlySite.isPresent()) {
            SiteUpdate.Changes changes = publish(earlySite.get());
            written.addAll(changes.written());
            served = Optional.of(since(start));
            early.accept(changes);
        }
        Outcome outcome = remembered(linked, build(start, linked, linking));
        if (written.isEmpty()) {
            return Optional.of(outcome);
        }
        written.addAll(outcome.changes().written());
        List<StageTimes.Stage> timings = new ArrayList<>();
        timings.add(new StageTimes.Stage("early pages", served.orElseThrow()));
        timings.addAll(outcome.timings());
        return Optional.of(new Outcome(outcome.diagnostics(),
                new SiteUpdate.Changes(written.stream().distinct().sorted().toList(), outcome.changes().deleted()),
                outcome.pages(), since(start), timings));
    }

    /** Keeps the guide as linked for a build that succeeded, to compare the next edit with. */
    private Outcome remembered(Optional<GuideBuild.Linked> linked, Outcome outcome) {
        baseline = outcome.succeeded() ? linked.map(GuideBuild.Linked::linked) : Optional.empty();
        return outcome;
    }

    /**
     * The full build, from the guide as linked (in {@code linking}) for the early pages when that
     * found no error; else the build loads and links it afresh, and times that itself.
     */
    private Outcome build(long start, Optional<GuideBuild.Linked> linked, Duration linking) throws PublishException {
        GuideBuild.InMemory built = linked.isPresent() ? GuideBuild.inMemory(options, stages, linked.get())
                : GuideBuild.inMemory(options, stages);
        List<StageTimes.Stage> timings = new ArrayList<>();
        if (linked.isPresent()) {
            timings.add(new StageTimes.Stage("load and link", linking));
        }
        timings.addAll(built.result().timings());
        if (built.site().isEmpty()) {
            failing = true;
            return new Outcome(built.result().diagnostics(), SiteUpdate.Changes.NONE, 0, since(start), timings);
        }
        long writing = System.nanoTime();
        SiteUpdate.Changes changes = publish(built.site().get());
        timings.add(new StageTimes.Stage("write", since(writing)));
        return new Outcome(built.result().diagnostics(), changes, built.result().pages(), since(start), timings);
    }

    private SiteUpdate.Changes publish(SiteFiles site) throws PublishException {
        SiteUpdate.Changes changes;
        if (published.isPresent()) {
            changes = SiteUpdate.apply(published.get(), site, options.out());
        } else {
            new Publisher().publish(site, options.out(), GuideBuild.protectedFolders(options));
            changes = new SiteUpdate.Changes(List.copyOf(site.files().keySet()), List.of());
        }
        published = Optional.of(site);
        failing = false;
        return changes;
    }

    /** Puts changed assets into the last site; a stylesheet is checked first, as its URLs may break. */
    private Outcome copyAssets(List<Path> assets, long start) throws PublishException {
        Path assetDir = templates.orElseThrow().resolve("assets");
        Map<String, byte[]> files = new TreeMap<>(published.orElseThrow().files());
        for (Path asset : assets) {
            String relative = assetDir.relativize(asset).toString().replace(asset.getFileSystem().getSeparator(), "/");
            files.put("assets/" + relative, read(asset));
        }
        SiteFiles site = SiteFiles.of(files);
        Diagnostics diagnostics = new Diagnostics();
        if (assets.stream().anyMatch(a -> a.toString().endsWith(".css"))) {
            stages.checker().recheck(site, options.out(), diagnostics);
        }
        if (diagnostics.hasErrors()) {
            failing = true;
            return new Outcome(diagnostics.sorted(), SiteUpdate.Changes.NONE, 0, since(start), List.of());
        }
        int pages = (int) site.files().keySet().stream().filter(SiteFiles::isHtml).count();
        return new Outcome(diagnostics.sorted(), publish(site), pages, since(start), List.of());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
