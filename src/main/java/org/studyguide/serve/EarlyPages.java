package org.studyguide.serve;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.studyguide.build.BuildOptions;
import org.studyguide.build.GuideBuild;
import org.studyguide.build.WarmStages;
import org.studyguide.check.SiteChecker;
import org.studyguide.diag.Diagnostics;
import org.studyguide.link.LinkedGuide;
import org.studyguide.link.Linker;
import org.studyguide.load.ContentLoader;
import org.studyguide.load.FileCache;
import org.studyguide.load.LoadedGuide;
import org.studyguide.model.Ref;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.Urls;

/**
 * The quick first step of a rebuild after an edit that changed chapters, terms, readings, events or
 * people: from the {@link PageGraph}, the chapter pages that show what changed are rendered on their
 * own, checked within the site being served, and written, so that the page being edited is served
 * before the rest of the site (the print page, the search index, the pages of backlinks) is rebuilt
 * by the full build that follows. Nothing is written when loading, linking or checking finds an
 * error, when the navigation or the glossary's spellings changed (every page shows those), or when
 * a quotation changed (its words are verified against the reading only by the full build):
 * then the full build alone decides, as before.
 */
final class EarlyPages {
    /** A checker of its own, as it sees the served site rather than the full build's. */
    private final SiteChecker checker = new SiteChecker();
    private final FileCache files = new FileCache();

    /**
     * Loads and links the guide, for these pages and for the full build that follows, or returns
     * empty when that finds an error (the full build then loads the guide afresh and reports it).
     */
    Optional<GuideBuild.Linked> link(BuildOptions options, WarmStages stages) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<LoadedGuide> loaded = ContentLoader.load(options.content(), diagnostics, files);
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        LinkedGuide linked = Linker.link(loaded.get(), diagnostics, stages.texts());
        return diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(new GuideBuild.Linked(loaded.get(), linked, diagnostics.sorted()));
    }

    /**
     * The served site with the pages that show the changes from {@code before} to {@code after}
     * rendered anew, or empty when there is no such page or no quick step applies.
     */
    Optional<SiteFiles> pages(BuildOptions options, WarmStages stages, LinkedGuide before, LinkedGuide after,
            SiteFiles served) {
        GuideDiff diff = GuideDiff.between(before, after);
        if (diff.everywhere() || diff.items().stream().anyMatch(item -> item.kind() == Ref.Kind.QUOTE)) {
            return Optional.empty();
        }
        Set<String> chapters = PageGraph.chaptersShowing(diff.items(), before, after);
        if (chapters.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<String> basePath = Urls.basePath(after.guide().info().baseUrl());
        Map<String, byte[]> pages = stages.renderer().chapterPages(after, options.pdfs() && after.guide().info().pdf(),
                chapters, diagnostics, checker.reader(basePath, options.out()));
        Map<String, byte[]> files = new TreeMap<>(served.files());
        files.putAll(pages);
        checker.checkPages(SiteFiles.of(files), pages.keySet(), basePath, options.out(), options.templates(),
                diagnostics);
        if (pages.size() != chapters.size() || diagnostics.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(SiteFiles.of(files));
    }
}
