package org.studyguide.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.studyguide.model.Position;
import org.studyguide.render.SiteFiles;
import org.studyguide.render.Urls;

/**
 * The site as the checks see it: its files, each page parsed once, and every reference found in
 * pages and stylesheets.
 */
final class CheckedSite {
    private final SiteFiles files;
    private final SortedMap<String, Page> pages;
    /** Each page's and stylesheet's references, in path order. */
    private final List<List<Reference>> references;
    private final Function<String, Optional<Page>> others;
    /**
     * Links resolved, and files looked up, once each: a large site's pages share most of their links
     * (the navigation, the glossary), and the site does not change while it is checked.
     */
    private final Map<FolderLink, Optional<String>> resolved = new ConcurrentHashMap<>();
    private final Map<String, Boolean> existing = new ConcurrentHashMap<>();

    private CheckedSite(SiteFiles files, SortedMap<String, Page> pages, List<List<Reference>> references,
            Function<String, Optional<Page>> others) {
        this.files = files;
        this.pages = pages;
        this.references = references;
        this.others = others;
    }

    /**
     * Parses only the pages {@code checked} names, whose ids and references the checks then look at;
     * the other pages are parsed (or taken from the cache) only when a reference points into them.
     */
    static CheckedSite of(SiteFiles files, Path root, Optional<String> basePath, ParseCache cache,
            Set<String> checked, List<PageCheck> checks) {
        cache.begin(root);
        Function<String, Parsed> parse = path -> parsed(path, files, root, basePath, cache, checks);
        SortedMap<String, Page> pages = new TreeMap<>();
        List<List<Reference>> references = new ArrayList<>();
        for (String path : new TreeSet<>(checked)) {
            if (files.contains(path) && SiteFiles.isHtml(path)) {
                Parsed parsed = parse.apply(path);
                pages.put(path, parsed.page());
                references.add(parsed.references());
            }
        }
        return new CheckedSite(files, pages, references, path -> files.contains(path)
                && SiteFiles.isHtml(path) ? Optional.of(parse.apply(path).page()) : Optional.empty());
    }

    /** The summary of the page at {@code path}: from the cache when it holds the same bytes, else parsed now. */
    private static Parsed parsed(String path, SiteFiles files, Path root, Optional<String> basePath, ParseCache cache,
            List<PageCheck> checks) {
        return cache.get(path, () -> files.files().get(path),
                () -> summary(Page.parse(path, root.resolve(path), files.text(path)), basePath, checks));
    }

    /**
     * Parses every page and reads every stylesheet.
     *
     * @param root     the site folder as diagnostics name it; page paths are resolved against it
     * @param basePath the site's path on its server, from which the 404 page's links start
     * @param cache    pages parsed by an earlier check, reused when their bytes are the same
     */
    static CheckedSite of(SiteFiles files, Path root, Optional<String> basePath, ParseCache cache,
            List<PageCheck> checks) {
        cache.begin(root);
        // Parsing dominates on large sites; pages are independent, so parse them in parallel and
        // then gather in path order, which keeps the report deterministic. Pages the render stage
        // handed over (see SiteChecker#reader) are in the cache already.
        Map<String, Parsed> parsed = files.files().keySet().parallelStream().filter(SiteFiles::isHtml)
                .collect(Collectors.toConcurrentMap(path -> path,
                        path -> parsed(path, files, root, basePath, cache, checks)));
        cache.retain(parsed.keySet());
        SortedMap<String, Page> pages = new TreeMap<>();
        List<List<Reference>> references = new ArrayList<>();
        for (String path : files.files().keySet()) {
            if (parsed.containsKey(path)) {
                pages.put(path, parsed.get(path).page());
                references.add(parsed.get(path).references());
            } else if (path.endsWith(".css")) {
                Place start = Place.at(new Position(root.resolve(path), 1, 1));
                references.add(CssReferences.find(files.text(path), path, start));
            }
        }
        return new CheckedSite(files, pages, references, path -> Optional.empty());
    }

    /**
     * What the checks need of a page: its references and every page check's findings; then the
     * page lets its tree go, so that no more than the pages being read are held as trees.
     */
    static Parsed summary(Page page, Optional<String> basePath, List<PageCheck> checks) {
        List<Reference> found = HtmlReferences.find(page);
        boolean fromBase = page.path().equals(Urls.NOT_FOUND) && basePath.isPresent();
        checks.forEach(page::findings);
        page.release();
        return new Parsed(page, page.compact(fromBase ? fromSiteRoot(found, basePath.get()) : found));
    }

    /**
     * The references of a page at the site root whose links start from the base path, with such
     * links read as relative to the root (and so checked like any other); the text stays as written.
     */
    private static List<Reference> fromSiteRoot(List<Reference> references, String basePath) {
        return references.stream().map(reference -> {
            Url url = reference.url();
            if (url.kind() != Url.Kind.ROOT_RELATIVE || !url.path().startsWith(basePath)) {
                return reference;
            }
            Url relative = new Url(url.text(), Url.Kind.RELATIVE, url.path().substring(basePath.length()), url.fragment());
            return new Reference(relative, reference.from(), reference.use(), reference.place(), reference.authored());
        }).toList();
    }

    /** A page with the references found in it. */
    record Parsed(Page page, List<Reference> references) {
    }

    /** The pages, in path order. */
    Collection<Page> pages() {
        return pages.values();
    }

    /** The page at a site path, if there is an HTML page there. */
    Optional<Page> page(String path) {
        Page page = pages.get(path);
        return page != null ? Optional.of(page) : others.apply(path);
    }

    /**
     * Hands {@code action} every reference of every page and stylesheet whose URL {@code concerns}
     * accepts, in order; a page's others are not made (see {@link CompactReferences}).
     */
    void references(Predicate<Url> concerns, Consumer<Reference> action) {
        for (List<Reference> found : references) {
            if (found instanceof CompactReferences compact) {
                compact.forEach(concerns, action);
            } else {
                found.stream().filter(reference -> concerns.test(reference.url())).forEach(action);
            }
        }
    }

    /** The paths of all files, for "did you mean" hints. */
    Set<String> paths() {
        return files.files().keySet();
    }

    /** True when the site has a file at {@code path}. */
    boolean hasFile(String path) {
        Boolean known = existing.get(path); // see SiteChecker#url: most paths are known
        return known != null ? known : existing.computeIfAbsent(path, files::contains);
    }

    /** What {@link SitePaths#resolve} gives for a link from {@code fromFile}, worked out once per folder and link. */
    Optional<String> resolve(String fromFile, String link) {
        String folder = fromFile.substring(0, fromFile.lastIndexOf('/') + 1);
        FolderLink key = new FolderLink(folder, link);
        Optional<String> known = resolved.get(key); // see SiteChecker#url: most links are known
        return known != null ? known : resolved.computeIfAbsent(key, unused -> SitePaths.resolve(fromFile, link));
    }

    /**
     * A link as written in a file of {@code folder} (which ends in {@code /}, or is empty for the root).
     * Its equals and hashCode are written out rather than linked at run time, as ItemId's are.
     */
    private record FolderLink(String folder, String link) {
        @Override
        public boolean equals(Object other) {
            return other instanceof FolderLink that && folder.equals(that.folder) && link.equals(that.link);
        }

        @Override
        public int hashCode() {
            return 31 * folder.hashCode() + link.hashCode();
        }
    }

    /** True when {@code path} is a folder of the site: some file lies beneath it. */
    boolean hasFolder(String path) {
        String prefix = path.endsWith("/") || path.isEmpty() ? path : path + "/";
        SortedMap<String, byte[]> after = files.files().tailMap(prefix);
        return !after.isEmpty() && after.firstKey().startsWith(prefix);
    }
}
