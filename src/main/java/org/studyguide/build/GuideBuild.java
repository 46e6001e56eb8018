package org.studyguide.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.studyguide.check.SiteChecker;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.link.Linker;
import org.studyguide.load.ContentLoader;
import org.studyguide.load.LoadedGuide;
import org.studyguide.model.Guide;
import org.studyguide.publish.PublishException;
import org.studyguide.publish.Publisher;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.SiteRenderer;

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
        Checked checked = loadAndCheck(options);
        boolean publish = checked.site().isPresent() && !checked.diagnostics().hasErrors();
        if (publish) {
            new Publisher().publish(checked.site().get(), options.out(), protectedFolders(options));
        }
        return checked.result(publish);
    }

    /** Everything {@link #build} does except writing the site. */
    public static BuildResult check(BuildOptions options) {
        return loadAndCheck(options).result(false);
    }

    private static Checked loadAndCheck(BuildOptions options) {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Optional<LoadedGuide> loaded = ContentLoader.load(options.content(), diagnostics);
        Optional<Guide> guide = loaded.map(LoadedGuide::guide);
        if (loaded.isEmpty()) {
            return new Checked(diagnostics, guide, Optional.empty(), start);
        }
        LinkedGuide linked = Linker.link(loaded.get(), diagnostics);
        SiteFiles site = new SiteRenderer(options.templates()).render(linked, diagnostics);
        if (!diagnostics.hasErrors()) {
            new SiteChecker().check(site, options.out(), diagnostics);
        }
        return new Checked(diagnostics, guide, Optional.of(site), start);
    }

    private static List<Path> protectedFolders(BuildOptions options) {
        return options.templates().map(t -> List.of(options.content(), t)).orElse(List.of(options.content()));
    }

    /** What the stages before publishing produced. */
    private record Checked(Diagnostics diagnostics, Optional<Guide> guide, Optional<SiteFiles> site, long start) {
        BuildResult result(boolean published) {
            int pages = site.map(s -> (int) s.files().keySet().stream().filter(SiteFiles::isHtml).count()).orElse(0);
            return new BuildResult(diagnostics.sorted(), pages,
                    guide.map(g -> g.chapters().size()).orElse(0),
                    guide.map(g -> g.terms().size()).orElse(0),
                    guide.map(g -> g.quotes().size()).orElse(0),
                    published, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
