package org.studyguide.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rendered site held in memory: relative paths with {@code /} separators (such as
 * {@code chapters/enlargement.html}) mapped to their bytes, sorted so that every walk over the
 * site is deterministic. The check stage reads it; the publish stage writes it out.
 */
public record SiteFiles(SortedMap<String, byte[]> files) {

    /** Copies the map so later changes to it do not leak in. */
    public SiteFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** A site from any map of paths to contents. */
    public static SiteFiles of(Map<String, byte[]> files) {
        return new SiteFiles(new TreeMap<>(files));
    }

    /** True for the pages the check stage parses. */
    public static boolean isHtml(String path) {
        return path.endsWith(".html");
    }

    /** A file's text, read as UTF-8. */
    public String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** True when the site has a file at {@code path}. */
    public boolean contains(String path) {
        return files.containsKey(path);
    }
}
