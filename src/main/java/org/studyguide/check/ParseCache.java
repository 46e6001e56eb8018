package org.studyguide.check;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The parsed pages of the last check, kept by a {@link SiteChecker} that checks one site again and
 * again (the preview server does after every edit): a page whose bytes did not change is not parsed
 * again. A cache for one build keeps no bytes: every page it holds was read from the render stage's
 * tree of the very bytes checked, and a large site's pages are not held in memory.
 */
final class ParseCache {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean keepsBytes;
    private volatile Path root;

    /** @param keepsBytes false for a cache of one build, which never sees a page change */
    ParseCache(boolean keepsBytes) {
        this.keepsBytes = keepsBytes;
    }

    /** @param bytes the page's bytes, or null when the cache keeps none */
    private record Entry(byte[] bytes, CheckedSite.Parsed parsed) {
    }

    /** Starts a check of the site under {@code siteRoot}; pages parsed for another root are forgotten. */
    void begin(Path siteRoot) {
        if (!siteRoot.equals(root)) {
            entries.clear();
            root = siteRoot;
        }
    }

    /**
     * The page parsed from {@code bytes}, reused when the last check saw the same bytes at {@code path}
     * (or, in a cache of one build, whenever it saw the page).
     */
    CheckedSite.Parsed get(String path, Supplier<byte[]> bytes, Supplier<CheckedSite.Parsed> parse) {
        Entry entry = entries.get(path);
        if (entry != null && (!keepsBytes || Arrays.equals(entry.bytes(), bytes.get()))) {
            return entry.parsed();
        }
        CheckedSite.Parsed parsed = parse.get();
        put(path, keepsBytes ? bytes.get() : null, parsed);
        return parsed;
    }

    /** Remembers a page read elsewhere (from the render stage's tree) as the one parsed from {@code bytes}. */
    void put(String path, byte[] bytes, CheckedSite.Parsed parsed) {
        entries.put(path, new Entry(keepsBytes ? bytes : null, parsed));
    }

    /** Forgets the pages that are no longer in the site. */
    void retain(Set<String> paths) {
        entries.keySet().retainAll(paths);
    }
}
