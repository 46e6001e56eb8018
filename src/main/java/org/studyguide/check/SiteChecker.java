package org.studyguide.check;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.Diagnostics;
import org.studyguide.parallel.Workers;
import org.studyguide.render.PageReader;
import org.studyguide.render.PassedPage;
import org.studyguide.render.SiteFiles;

/**
 * The check stage: reads the rendered site as a browser would and reports what would break for a
 * reader: a link to a missing file or anchor, a URL that only works at the server root, a request to
 * another host, a duplicate id, an image without alt text. Every page is parsed once; the checks
 * then run side by side, their findings reported in the order listed here. To add a check, write
 * a small {@link PageCheck} or {@link ReferenceCheck} and add it to {@link #CHECKS}. A checker used
 * again on a changed site parses only the pages whose bytes changed.
 */
public final class SiteChecker {
    /** Every check, in the order they run. */
    private static final List<Check> CHECKS = List.of(
            new RootRelativeUrls(),
            new OtherHosts(),
            new TargetFiles(),
            new TargetFragments(),
            new UniqueIds(),
            new ImageAlt());
    /** The checks that look at each page on its own, which run as soon as a page is read. */
    private static final List<PageCheck> PAGE_CHECKS = CHECKS.stream()
            .filter(PageCheck.class::isInstance).map(PageCheck.class::cast).toList();

    private final ParseCache cache;
    /** The URLs of the pages read for one build, each text once (see {@link Page#sharing}). */
    private final Map<String, Url> urls = new ConcurrentHashMap<>();
    private Optional<String> basePath = Optional.empty();
    private Optional<TemplatePlaces> templates = Optional.empty();
    /** The site being checked, from which a page read from the render stage is read again for a place in it. */
    private volatile SiteFiles site;

    /** A checker that can check one site again and again, parsing only the pages that changed. */
    public SiteChecker() {
        this(true);
    }

    private SiteChecker(boolean rechecks) {
        this.cache = new ParseCache(rechecks);
    }

    /**
     * A checker for one build: it keeps nothing of a page's text between the render stage handing it
     * over and the check, so that a large site's pages need not all be held in memory.
     */
    public static SiteChecker forOneBuild() {
        return new SiteChecker(false);
    }

    /**
     * Checks a rendered site, adding an error with a hint for every problem.
     *
     * @param site                the rendered site
     * @param basePath            the site's path on its server (such as {@code /guide/}) when its public
     *                            address is known: links in the 404 page start from it, because that
     *                            page is served at any address
     * @param siteRootForMessages the folder diagnostics name pages under, e.g. {@code site}, so that a
     *                            problem in {@code chapters/a.html} is reported at {@code site/chapters/a.html}
     * @param diagnostics         where problems are collected
     */
    public void check(SiteFiles site, Optional<String> basePath, Path siteRootForMessages, Diagnostics diagnostics) {
        this.basePath = basePath;
        this.templates = Optional.empty();
        recheck(site, siteRootForMessages, diagnostics);
    }

    /**
     * Like {@link #check(SiteFiles, Optional, Path, Diagnostics)} for a site that is not written out
     * when it has errors: a problem in what a template wrote is reported at the template (see
     * {@link TemplatePlaces}), a problem in the author's Markdown at their line, never at the page.
     *
     * @param userTemplates the guide's own templates folder, if any
     */
    public void check(SiteFiles site, Optional<String> basePath, Path siteRootForMessages,
            Optional<Path> userTemplates, Diagnostics diagnostics) {
        this.basePath = basePath;
        this.templates = Optional.of(new TemplatePlaces(siteRootForMessages, userTemplates));
        recheck(site, siteRootForMessages, diagnostics);
    }

    /**
     * What the render stage hands each page to as it finishes it (from several threads): the page's
     * tree is read for the checks at once, instead of parsing the page again in the check stage,
     * and then let go. A following {@link #check} of the site, with the same {@code basePath} and
     * {@code siteRootForMessages}, uses what was read for every page whose bytes are the same.
     */
    public PageReader reader(Optional<String> basePath, Path siteRootForMessages) {
        cache.begin(siteRootForMessages);
        urls.clear();
        return new PageReader() {
            @Override
            public void accept(PassedPage passed) {
                summarise(passed);
            }

            @Override
            public Optional<byte[]> read(PassedPage passed) {
                return StoredSummary.encode(summarise(passed));
            }

            private CheckedSite.Parsed summarise(PassedPage passed) {
                String path = passed.path();
                CheckedSite.Parsed parsed = CheckedSite.summary(Page.of(passed, siteRootForMessages.resolve(path),
                        () -> site.files().get(path)).sharing(SiteChecker.this::url), basePath, PAGE_CHECKS);
                cache.put(path, passed.bytes(), parsed);
                return parsed;
            }

            @Override
            public boolean restore(String path, byte[] bytes, byte[] read) {
                Optional<CheckedSite.Parsed> parsed = StoredSummary.decode(read, path,
                        siteRootForMessages.resolve(path), () -> site.files().get(path), SiteChecker.this::url,
                        PAGE_CHECKS);
                parsed.ifPresent(summary -> cache.put(path, bytes, summary));
                return parsed.isPresent();
            }
        };
    }

    private Url url(String text) {
        // Looked up first: computeIfAbsent locks the bin unless the key is its first entry, and the
        // pages' millions of links are nearly all known ones.
        Url known = urls.get(text);
        return known != null ? known : urls.computeIfAbsent(text, Url::parse);
    }

    /**
     * Like {@link #check(SiteFiles, Optional, Path, Optional, Diagnostics)}, but only the pages
     * {@code pages} names, against the whole site: their links, ids and images. The preview checks an
     * edited chapter's page this way before it serves it, ahead of the full check; the pages are
     * those its {@link #reader} was handed (with the same {@code basePath} and root), and any other
     * page a link points into is parsed only then.
     */
    public void checkPages(SiteFiles site, Set<String> pages, Optional<String> basePath, Path siteRootForMessages,
            Optional<Path> userTemplates, Diagnostics diagnostics) {
        this.basePath = basePath;
        this.templates = Optional.of(new TemplatePlaces(siteRootForMessages, userTemplates));
        this.site = site;
        run(CheckedSite.of(site, siteRootForMessages, basePath, cache, pages, PAGE_CHECKS), site, diagnostics);
    }

    /** Checks a site again after a change that left the guide's settings alone, such as an edited stylesheet. */
    public void recheck(SiteFiles site, Path siteRootForMessages, Diagnostics diagnostics) {
        this.site = site;
        run(CheckedSite.of(site, siteRootForMessages, basePath, cache, PAGE_CHECKS), site, diagnostics);
    }

    private void run(CheckedSite checked, SiteFiles site, Diagnostics diagnostics) {
        // The checks only read the site: they run side by side, and what each found is reported
        // in the order of CHECKS, as if they had run one after another.
        List<List<Diagnostic>> found = Workers.map(CHECKS, check -> {
            Diagnostics own = new Diagnostics();
            check.run(checked, own);
            return own.sorted();
        });
        for (List<Diagnostic> each : found) {
            oncePerPlace(each.stream().map(d -> templates.map(t -> t.place(d, site, basePath)).orElse(d)).toList())
                    .forEach(diagnostics::add);
        }
    }

    /**
     * One finding of a check per place: Markdown shown on several pages (a chapter and print.html,
     * a definition on the glossary and the flashcards), or a template line that makes every page,
     * gives the same finding at the same line on each page, which is reported once, as found on the
     * first page.
     */
    private static Collection<Diagnostic> oncePerPlace(List<Diagnostic> found) {
        Map<List<Object>, Diagnostic> first = new LinkedHashMap<>();
        for (Diagnostic diagnostic : found) {
            Object what = diagnostic.position().hasLine() ? "" : diagnostic.message();
            first.putIfAbsent(List.of(diagnostic.position(), diagnostic.severity(), what), diagnostic);
        }
        return first.values();
    }
}
